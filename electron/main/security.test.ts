import { describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  CSP,
  externalUrl,
  hardenSession,
  hardenWebContents,
  isAllowedNavigation,
  isTrustedSender,
  webPreferences,
  withSecurityHeaders,
  type HardenableContents,
  type HardenableSession,
} from './security';

describe('webPreferences', () => {
  it('isolates the page from Node and Electron', () => {
    const prefs = webPreferences('/app/dist-electron/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('CSP', () => {
  it('allows only our own scripts and no framing, plugins or base changes', () => {
    expect(CSP).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('replaces a CSP the response brought, whatever its spelling, and keeps other headers', () => {
    const headers = withSecurityHeaders({ 'content-security-policy': ["default-src *"], 'Content-Type': 'text/html' });
    expect(headers['Content-Security-Policy']).toEqual([CSP]);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['Content-Type']).toEqual(['text/html']);
    expect(headers['X-Content-Type-Options']).toEqual(['nosniff']);
  });
});

describe('navigation', () => {
  it.each([
    [APP_ENTRY_URL, true],
    ['app://woonzorgverkenner/scenarios', true],
    ['app://WOONZORGVERKENNER/index.html#/data', true],
    ['app://elders/index.html', false],
    ['https://www.regiogv.nl/', false],
    ['http://127.0.0.1:5173/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['niet een url', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedNavigation(url)).toBe(allowed);
  });

  it('hands only https links to the system browser', () => {
    expect(externalUrl('https://www.cbs.nl/x')).toBe('https://www.cbs.nl/x');
    expect(externalUrl('http://www.cbs.nl/')).toBeNull();
    expect(externalUrl('file:///C:/Windows/system32/calc.exe')).toBeNull();
    expect(externalUrl('mailto:a@b.nl')).toBeNull();
  });
});

describe('isTrustedSender', () => {
  it('trusts only the top frame of an app page', () => {
    expect(isTrustedSender(APP_ENTRY_URL, true)).toBe(true);
    expect(isTrustedSender(APP_ENTRY_URL, false)).toBe(false);
    expect(isTrustedSender('https://evil.example/', true)).toBe(false);
    expect(isTrustedSender('file:///tmp/x.html', true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
  });
});

describe('hardenSession', () => {
  function fakeSession() {
    const calls = {
      request: undefined as undefined | ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void),
      check: undefined as undefined | ((wc: unknown, permission: string) => boolean),
      device: undefined as undefined | (() => boolean),
      headers: undefined as undefined | ((details: { responseHeaders?: Record<string, string[]> }, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void),
    };
    const session = {
      setPermissionRequestHandler: (h: typeof calls.request) => (calls.request = h),
      setPermissionCheckHandler: (h: typeof calls.check) => (calls.check = h),
      setDevicePermissionHandler: (h: typeof calls.device) => (calls.device = h),
      webRequest: { onHeadersReceived: (h: typeof calls.headers) => (calls.headers = h) },
    };
    return { session: session as unknown as HardenableSession, calls };
  }

  it('grants only clipboard writes (chart copy), denies every other permission request and check', () => {
    const { session, calls } = fakeSession();
    hardenSession(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      calls.request!(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    const granted = vi.fn();
    calls.request!(null, 'clipboard-sanitized-write', granted);
    expect(granted).toHaveBeenCalledWith(true);
    expect(calls.check!(null, 'clipboard-read')).toBe(false);
    expect(calls.check!(null, 'clipboard-sanitized-write')).toBe(true);
    expect(calls.device!()).toBe(false);
  });

  it('puts the CSP on every response', () => {
    const { session, calls } = fakeSession();
    hardenSession(session);
    const callback = vi.fn();
    calls.headers!({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: expect.objectContaining({ 'Content-Security-Policy': [CSP] }) as unknown });
  });
});

describe('hardenWebContents', () => {
  function fakeContents() {
    const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const contents = {
      on: (name: string, listener: (event: { preventDefault(): void }, url: string) => void) => listeners.set(name, listener),
      setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
    };
    const navigate = (name: string, url: string): boolean => {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)!(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    return { contents: contents as unknown as HardenableContents, navigate, open: (url: string) => openHandler!({ url }) };
  }

  it('blocks navigation away from the app and opens https links in the browser', () => {
    const { contents, navigate } = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(contents, openExternal);
    expect(navigate('will-navigate', 'app://woonzorgverkenner/index.html')).toBe(false);
    expect(navigate('will-navigate', 'https://www.cbs.nl/')).toBe(true);
    expect(navigate('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(openExternal.mock.calls).toEqual([['https://www.cbs.nl/']]);
  });

  it('denies every new window and every webview', () => {
    const { contents, navigate, open } = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(contents, openExternal);
    expect(open('app://woonzorgverkenner/index.html')).toEqual({ action: 'deny' });
    expect(open('https://www.cbs.nl/')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.cbs.nl/']]);
    expect(navigate('will-attach-webview', 'app://woonzorgverkenner/')).toBe(true);
  });
});
