import type { Session, WebContents, WebPreferences } from 'electron';

/**
 * Everything that decides what the window may do, as plain values and functions so it can be
 * tested without Electron. The window shows only our own files, served from `app://woonzorgverkenner/`;
 * nothing else may load, navigate, open a window or ask for a permission.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'woonzorgverkenner';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Plotly sets inline styles on the elements it draws.
  "style-src 'self' 'unsafe-inline'",
  // Chart image export goes through data: and blob: URLs.
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers on every response the window receives. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

export function webPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Chromium's spell checker downloads dictionaries from Google; the app makes no network calls.
    spellcheck: false,
  };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for a URL of our own files. Node gives custom schemes an opaque origin, so protocol and host are compared. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host.toLowerCase() === APP_HOST;
}

/** The window may only move between pages of the app itself. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** A link the user clicked that we hand to the system browser instead: https only, nothing else. */
export function externalUrl(url: string): string | null {
  const parsed = parse(url);
  return parsed?.protocol === 'https:' ? parsed.href : null;
}

/** An IPC message is answered only when it comes from the top frame of a page of the app. */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean): boolean {
  return isMainFrame && frameUrl !== undefined && isAppUrl(frameUrl);
}

/** Adds our security headers to a response's headers, replacing any the response brought along. */
export function withSecurityHeaders(headers: Record<string, string | string[]> | undefined): Record<string, string[]> {
  const ours = new Set(Object.keys(SECURITY_HEADERS).map((name) => name.toLowerCase()));
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!ours.has(name.toLowerCase())) result[name] = Array.isArray(value) ? value : [value];
  }
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) result[name] = [value];
  return result;
}

export type HardenableSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
};

/**
 * The one permission the app needs: writing a chart image to the clipboard (for pasting into
 * Word or PowerPoint). Reading the clipboard stays refused.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** No other permission is ever granted (camera, notifications, clipboard reads, …), and every response carries the CSP. */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    callback(GRANTED_PERMISSIONS.has(permission));
  });
  session.setPermissionCheckHandler((_contents, permission) => GRANTED_PERMISSIONS.has(permission));
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withSecurityHeaders(details.responseHeaders) });
  });
}

export type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Applied to every web contents the app creates: no navigation away from the app, no new windows,
 * no <webview>. An https link is opened in the system browser instead (sources in the data screen).
 */
export function hardenWebContents(contents: HardenableContents, openExternal: (url: string) => void): void {
  const guard = (event: { preventDefault(): void }, url: string): void => {
    if (isAllowedNavigation(url)) return;
    event.preventDefault();
    const external = externalUrl(url);
    if (external !== null) openExternal(external);
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrl(url);
    if (external !== null) openExternal(external);
    return { action: 'deny' };
  });
}
