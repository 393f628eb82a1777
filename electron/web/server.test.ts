import { request } from 'node:http';
import { connect } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTempDir } from '../../test/support/files';
import { createDispatch } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { openStore, type Store } from '../store/store';
import { isAllowedRequest } from './security';
import { startWebServer } from './server';

const tempDir = useTempDir();
let running: { server: Server; store: Store } | null = null;
afterEach(async () => {
  running?.server.close();
  await running?.store.close();
  running = null;
});

async function start(): Promise<{ port: number }> {
  const dir = tempDir();
  const staticDir = join(dir, 'static');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'geheim.txt'), 'niet voor de browser');
  const store = await openStore(join(dir, 'web.sqlite'));
  const { server, url } = await startWebServer({ dispatch: createDispatch(createHandlers(store), () => undefined), staticDir, port: 0 });
  running = { server, store };
  return { port: Number(new URL(url).port) };
}

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };
function send(port: number, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (data += c));
      res.on('end', () => { resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }); });
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const json = { 'content-type': 'application/json' };

describe('browser build server', () => {
  it('serves the app with a strict CSP and answers the API', async () => {
    const { port } = await start();
    const page = await send(port, 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const api = await send(port, 'POST', '/api/scenarios.list', { ...json, origin: `http://127.0.0.1:${port}` }, '{}');
    expect(api.status).toBe(200);
    const parsed = JSON.parse(api.body) as { ok: boolean; value: { id: string }[] };
    expect(parsed.value.map((s) => s.id)).toContain('basis');
  });

  it('refuses other origins, other host names (DNS rebinding) and non-JSON posts', async () => {
    const { port } = await start();
    expect((await send(port, 'POST', '/api/scenarios.list', { ...json, origin: 'http://evil.example' }, '{}')).status).toBe(403);
    expect((await send(port, 'POST', '/api/scenarios.list', { ...json, host: `evil.example:${port}` }, '{}')).status).toBe(403);
    const form = await send(port, 'POST', '/api/scenarios.create', { 'content-type': 'text/plain' }, '{"name":"x","params":{}}');
    expect(form.status).toBe(415);
    expect(JSON.parse(form.body)).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
  });

  it('bad bodies get a Dutch error, not a crash', async () => {
    const { port } = await start();
    const broken = await send(port, 'POST', '/api/scenarios.create', json, '{"name":');
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { message: 'Het verzoek is geen geldige JSON.' } });
    const big = await send(port, 'POST', '/api/scenarios.create', json, JSON.stringify({ name: 'x'.repeat(3 * 1024 * 1024) }));
    expect(big.status).toBe(413);
    const invalid = await send(port, 'POST', '/api/scenarios.save', json, JSON.stringify({ id: 'basis', params: { horizon: 1999 } }));
    expect(invalid.status).toBe(400);
    // At its field, in words (shared/api/errors.ts).
    expect(JSON.parse(invalid.body)).toMatchObject({ error: { message: 'Horizon: de waarde moet minstens 2030 zijn.', field: 'params.horizon' } });
    expect((await send(port, 'GET', '/api/scenarios.list')).status).toBe(405);
  });

  it('a malformed percent-encoding in the address answers 400 without logging a stack trace', async () => {
    const { port } = await start();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const api = await send(port, 'POST', '/api/%E0%A4%A', json, '{}');
      expect(api.status).toBe(400);
      expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
      expect((await send(port, 'GET', '/%E0%A4%A')).status).toBe(400);
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it('refuses a request with more than one Host header, even when the first is this server', async () => {
    const { port } = await start();
    const raw = (hosts: string[]) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => {
          const body = '{}';
          socket.end(
            `POST /api/scenarios.list HTTP/1.1\r\n${hosts.map((h) => `Host: ${h}\r\n`).join('')}` +
              `Content-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
          );
        });
        let answer = '';
        socket.setEncoding('utf8');
        socket.on('data', (c: string) => (answer += c));
        socket.on('end', () => { resolve(answer); });
        socket.on('error', reject);
      });
    expect(await raw([`127.0.0.1:${port}`])).toMatch(/^HTTP\/1\.1 200/);
    for (const hosts of [[`127.0.0.1:${port}`, 'evil.example'], [`127.0.0.1:${port}`, `127.0.0.1:${port}`]]) {
      const answer = await raw(hosts);
      expect(answer).toMatch(/^HTTP\/1\.1 400/);
      expect(answer).toContain('meer dan één Host-kop');
      expect(answer).not.toContain('"ok":true');
    }
  });

  it('answers malformed addresses with 400 "Ongeldig adres" and logs nothing', async () => {
    const { port } = await start();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      for (const path of ['/%', '/%E0%A4%A', '//%', '/assets/%ZZ']) {
        const r = await send(port, 'GET', path);
        expect(r.status, path).toBe(400);
        expect(r.body).toBe('Ongeldig adres.');
      }
      for (const path of ['/api/%E0%A4%A', '/api/%']) {
        const r = await send(port, 'POST', path, json, '{}');
        expect(r.status, path).toBe(400);
        expect((JSON.parse(r.body) as { error: { message: string } }).error.message).toMatch(/^Ongeldig adres/);
      }
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it('takes an import file up to the import limit (10 MB), while other calls keep the 2 MB limit', async () => {
    const { port } = await start();
    // 6 MB of CSV: over the general body limit, under the import limit. The reader answers (here: too many rows), not the body limit.
    const csv = `gemeente;jaar;woningen\n${'Hilversum;2024;10\n'.repeat(6 * 1024 * 1024 / 18)}`;
    const preview = await send(port, 'POST', '/api/import.preview', json, JSON.stringify({ kind: 'realisation', fileName: 'groot.csv', base64: Buffer.from(csv).toString('base64') }));
    expect(preview.status).not.toBe(413);
    expect(preview.body).not.toMatch(/te groot/);
    expect((JSON.parse(preview.body) as { ok: boolean }).ok).toBe(true);
    // Over the import limit: refused with the import's own words.
    const tooBig = await send(port, 'POST', '/api/import.preview', json, JSON.stringify({ kind: 'realisation', fileName: 'te-groot.csv', base64: 'A'.repeat(15 * 1024 * 1024) }));
    expect(tooBig.status).toBe(413);
    expect((JSON.parse(tooBig.body) as { error: { message: string } }).error.message).toBe('Het bestand is te groot: een import mag hoogstens 10 MB zijn.');
    // Any other call: still 2 MB.
    const other = await send(port, 'POST', '/api/scenarios.create', json, JSON.stringify({ name: 'x', description: 'y'.repeat(3 * 1024 * 1024) }));
    expect(other.status).toBe(413);
  });

  it('stops reading a body at its size limit and answers 413 at once', async () => {
    const { port } = await start();
    // Declared too large: refused before a byte of the body is read.
    const declared = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/scenarios.list', headers: { host: `127.0.0.1:${port}`, ...json, 'content-length': String(100 * 1024 * 1024) } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', () => undefined);
      req.flushHeaders();
      setTimeout(() => {
        reject(new Error('no answer without the body'));
      }, 5000);
    });
    expect(declared).toBe(413);
    // Streamed without a length: the answer comes while the client is still sending, long before 64 MB.
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    const { status, sentWhenAnswered } = await new Promise<{ status: number; sentWhenAnswered: number }>((resolve, reject) => {
      let sent = 0;
      let answered = false;
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/scenarios.list', headers: { host: `127.0.0.1:${port}`, ...json, 'transfer-encoding': 'chunked' } }, (res) => {
        answered = true;
        res.resume();
        resolve({ status: res.statusCode ?? 0, sentWhenAnswered: sent });
        req.destroy();
      });
      req.on('error', (error) => {
        // A connection cut before the answer was read: say so at once instead of waiting for the test's timeout.
        if (!answered) reject(new Error(`connection lost after ${sent} bytes without an answer: ${error.message}`));
      });
      const pump = () => {
        if (answered) return;
        if (sent >= 64 * 1024 * 1024) {
          reject(new Error('the server read 64 MB without answering'));
          return;
        }
        sent += chunk.length;
        if (req.write(chunk)) setImmediate(pump);
        else req.once('drain', pump);
      };
      pump();
    });
    expect(status).toBe(413);
    expect(sentWhenAnswered).toBeLessThan(16 * 1024 * 1024);
  });

  it('never serves files outside the app folder', async () => {
    const { port } = await start();
    for (const path of ['/../geheim.txt', '/%2e%2e/geheim.txt', '/assets/../../geheim.txt']) {
      const r = await send(port, 'GET', path);
      expect(r.body).not.toContain('niet voor de browser');
    }
    expect((await send(port, 'GET', '/assets/bestaat-niet.js')).status).toBe(404);
    // Client-side routes fall back to the app.
    expect((await send(port, 'GET', '/gemeente')).body).toContain('<title>app</title>');
  });
});

describe('request origin check', () => {
  it.each([
    [{ host: '127.0.0.1:5174' }, true],
    [{ host: 'localhost:5174', origin: 'http://localhost:5174' }, true],
    [{ host: '127.0.0.1:5174', origin: 'http://127.0.0.1:5175' }, false],
    [{ host: '127.0.0.1:5174', origin: 'null' }, false],
    [{ host: 'attacker.example:5174' }, false],
    [{}, false],
  ])('%j → %s', (headers, allowed) => {
    expect(isAllowedRequest(headers, 5174)).toBe(allowed);
  });
});
