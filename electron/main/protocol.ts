import { extname, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME, SECURITY_HEADERS } from './security';

/**
 * The `app://woonzorgverkenner/` protocol serves the built renderer (dist/renderer) with our
 * security headers. A custom origin instead of file:// gives the page a real origin that IPC
 * checks can trust, and keeps every other file on disk out of the page's reach.
 */

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `rootDir` that an app:// URL names, or null when the URL is not ours or points
 * outside the folder. A path without an extension is a screen of the app, so it gets index.html.
 */
export function resolveAppFile(requestUrl: string, rootDir: string): string | null {
  let url: URL;
  let pathname: string;
  try {
    url = new URL(requestUrl);
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST || pathname.includes('\0')) return null;
  const relative = pathname.replace(/^[/\\]+/, '');
  const root = resolve(rootDir);
  const file = resolve(root, relative === '' || extname(relative) === '' ? 'index.html' : relative);
  return file.startsWith(root + sep) ? file : null;
}

export type ReadFile = (path: string) => Promise<Uint8Array>;

function notFound(): Response {
  return new Response('Niet gevonden', { status: 404, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The handler for `protocol.handle('app', …)`; it never throws. */
export function createAppProtocolHandler(rootDir: string, readFile: ReadFile): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { ...SECURITY_HEADERS, Allow: 'GET, HEAD' } });
    }
    const file = resolveAppFile(request.url, rootDir);
    if (file === null) return notFound();
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch {
      return notFound();
    }
    const headers = { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file), 'Cache-Control': 'no-cache' };
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  };
}
