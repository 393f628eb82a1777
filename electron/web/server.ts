import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { texts } from '../../shared/i18n/catalogue';
import type { Dispatch } from '../api/dispatch';
import { MAX_FILE_BYTES } from '../imports/readTable';
import { isAllowedRequest, SECURITY_HEADERS } from './security';

const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** A document export carries the window's chart images. */
const MAX_EXPORT_BODY_BYTES = 64 * 1024 * 1024;
/** An import carries its file as base64 (4 bytes per 3) in JSON: the import limit of the file, plus room for the other fields. */
const MAX_IMPORT_BODY_BYTES = Math.ceil(MAX_FILE_BYTES / 3) * 4 + 64 * 1024;
const IMPORT_CALLS = new Set(['import.preview', 'import.apply']);
const words = () => texts('nl-NL').faults.web;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export type WebServerOptions = { dispatch: Dispatch; staticDir: string; port: number; host?: '127.0.0.1' };

/**
 * The browser build: the same renderer and the same API as the Electron window, over HTTP on
 * 127.0.0.1 only. POST /api/<call name> with a JSON body; the answer is the API envelope.
 */
export function startWebServer(options: WebServerOptions): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    handle(req, res, options).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Interne fout');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolve({ server, url: `http://127.0.0.1:${port}/` });
    });
  });
}

async function handle(req: IncomingMessage, res: ServerResponse, options: WebServerOptions): Promise<void> {
  const port = (req.socket.localPort ?? options.port);
  // Node keeps only the first of several Host headers in req.headers; a request with more is refused, whatever the first says.
  if ((req.headersDistinct.host?.length ?? 0) > 1) {
    send(res, 400, 'text/plain; charset=utf-8', words().duplicateHost);
    return;
  }
  if (!isAllowedRequest({ host: req.headers.host, origin: req.headers.origin }, port)) {
    send(res, 403, 'text/plain; charset=utf-8', 'Verzoek geweigerd: alleen de Woonzorgverkenner zelf mag deze server gebruiken.');
    return;
  }
  // A malformed percent-encoding (`/%E0%A4%A`) or address (`//%`) is the client's mistake: 400, not a stack trace.
  const url = parseUrl(req.url ?? '/');
  const pathname = url === null ? null : decodePath(url.pathname);
  if (url === null || pathname === null) {
    if ((req.url ?? '').startsWith('/api/')) sendJson(res, 400, { ok: false, error: { code: 'invalidInput', message: words().badAddressApi } });
    else send(res, 400, 'text/plain; charset=utf-8', words().badAddress);
    return;
  }
  if (pathname.startsWith('/api/')) {
    await handleApi(req, res, pathname.slice('/api/'.length), options.dispatch);
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'text/plain; charset=utf-8', 'Methode niet toegestaan.');
    return;
  }
  await serveStatic(res, options.staticDir, pathname);
}

function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw, 'http://127.0.0.1');
  } catch {
    return null;
  }
}

function decodePath(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

async function handleApi(req: IncomingMessage, res: ServerResponse, name: string, dispatch: Dispatch): Promise<void> {
  if (req.method !== 'POST') {
    sendJson(res, 405, { ok: false, error: { code: 'invalidInput', message: 'Gebruik POST voor de API.' } });
    return;
  }
  // A JSON content type cannot be sent cross-site without a CORS preflight, which this server never grants.
  if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
    sendJson(res, 415, { ok: false, error: { code: 'invalidInput', message: 'De API verwacht JSON (Content-Type: application/json).' } });
    return;
  }
  const limit = name === 'export.document' ? MAX_EXPORT_BODY_BYTES : IMPORT_CALLS.has(name) ? MAX_IMPORT_BODY_BYTES : MAX_BODY_BYTES;
  const body = await readBody(req, limit);
  if (body === null) {
    // Answer at once, read no more, and close the connection after the answer. Destroying the
    // socket while the client is still sending makes TCP reset it, and a reset can wipe the answer
    // from the client's buffer before it reads it (the client then waits for ever). So: half-close
    // our side (the answer, then FIN), leave the rest unread (TCP holds the sender back), and cut
    // the connection only after a grace period long enough for a busy client to read the answer.
    res.setHeader('Connection', 'close');
    const message = IMPORT_CALLS.has(name) ? words().importTooLarge(MAX_FILE_BYTES / 1024 / 1024) : words().tooLarge(Math.round(limit / 1024 / 1024));
    sendJson(res, 413, { ok: false, error: { code: 'invalidInput', message } });
    res.on('finish', () => {
      req.socket.end();
      setTimeout(() => req.destroy(), 10_000).unref();
    });
    return;
  }
  let payload: unknown;
  try {
    payload = body.length === 0 ? {} : JSON.parse(body);
  } catch {
    sendJson(res, 400, { ok: false, error: { code: 'invalidInput', message: 'Het verzoek is geen geldige JSON.' } });
    return;
  }
  const answer = await dispatch(name, payload);
  sendJson(res, answer.ok ? 200 : statusFor(answer.error.code), answer);
}

function statusFor(code: string): number {
  switch (code) {
    case 'invalidInput':
      return 400;
    case 'notFound':
      return 404;
    case 'conflict':
    case 'readOnly':
      return 409;
    case 'storeUnavailable':
      return 503;
    default:
      return 500;
  }
}

/** The body as text, or null as soon as it passes `limit` (a declared Content-Length over it is refused before reading). */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.pause();
      resolve(null);
    };
    req.on('data', onData);
    req.on('end', () => { resolve(Buffer.concat(chunks).toString('utf8')); });
    req.on('error', reject);
  });
}

async function serveStatic(res: ServerResponse, root: string, pathname: string): Promise<void> {
  const relative = normalize(pathname).replace(/^([/\\])+/, '');
  const file = join(root, relative === '' ? 'index.html' : relative);
  if (!file.startsWith(root + sep) && file !== root) {
    send(res, 404, 'text/plain; charset=utf-8', 'Niet gevonden.');
    return;
  }
  try {
    const data = await readFile(file);
    send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', data, relative.startsWith('assets/'));
  } catch {
    // Client-side routes (no extension) get the app; anything else is a real 404.
    if (extname(relative) === '') {
      try {
        send(res, 200, 'text/html; charset=utf-8', await readFile(join(root, 'index.html')));
        return;
      } catch {
        send(res, 500, 'text/plain; charset=utf-8', `De app is niet gebouwd: ${join(root, 'index.html')} ontbreekt. Voer "npm run build" uit.`);
        return;
      }
    }
    send(res, 404, 'text/plain; charset=utf-8', 'Niet gevonden.');
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, immutable = false): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-store',
  });
  res.end(body);
}
