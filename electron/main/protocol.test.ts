import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, createAppProtocolHandler, resolveAppFile } from './protocol';
import { CSP } from './security';

const ROOT = join(tmpdir(), 'renderer-root');

describe('resolveAppFile', () => {
  it('maps app:// URLs to files under the renderer folder', () => {
    expect(resolveAppFile('app://woonzorgverkenner/', ROOT)).toBe(join(ROOT, 'index.html'));
    expect(resolveAppFile('app://woonzorgverkenner/index.html', ROOT)).toBe(join(ROOT, 'index.html'));
    expect(resolveAppFile('app://woonzorgverkenner/assets/index-abc.js?v=1#x', ROOT)).toBe(join(ROOT, 'assets', 'index-abc.js'));
    expect(resolveAppFile('app://woonzorgverkenner/assets/Kop%20en%20staart.css', ROOT)).toBe(join(ROOT, 'assets', 'Kop en staart.css'));
  });

  it('serves index.html for a screen of the app', () => {
    expect(resolveAppFile('app://woonzorgverkenner/scenarios/abc', ROOT)).toBe(join(ROOT, 'index.html'));
  });

  it('keeps dot segments inside the folder: the URL parser removes them, and an encoded escape is refused', () => {
    expect(resolveAppFile('app://woonzorgverkenner/../../etc/passwd', ROOT)).toBe(join(ROOT, 'index.html'));
    expect(resolveAppFile('app://woonzorgverkenner/%2e%2e/%2e%2e/etc/passwd.txt', ROOT)).toBe(join(ROOT, 'etc', 'passwd.txt'));
    expect(resolveAppFile('app://woonzorgverkenner/assets/..%2f..%2f..%2fsecret.json', ROOT)).toBeNull();
  });

  it.each(['app://elders/index.html', 'file:///etc/passwd', 'app://woonzorgverkenner/%00.js', 'app://woonzorgverkenner/%E0%A4%A.js', 'geen url'])(
    'refuses %s',
    (url) => {
      expect(resolveAppFile(url, ROOT)).toBeNull();
    },
  );
});

describe('the app:// handler', () => {
  const root = mkdtempSync(join(tmpdir(), 'wzv-renderer-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Woonzorgverkenner</title>');
  writeFileSync(join(root, 'assets', 'main.js'), 'console.log(1)');
  writeFileSync(join(root, '..', 'buiten.json'), '{"geheim":true}');
  const handler = createAppProtocolHandler(root, (path) => readFile(path));

  it('serves the page and its scripts with the CSP and the right type', async () => {
    const page = await handler(new Request('app://woonzorgverkenner/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CSP);
    expect(await page.text()).toContain('Woonzorgverkenner');

    const script = await handler(new Request('app://woonzorgverkenner/assets/main.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 404 for missing files and files outside the folder, 405 for other methods', async () => {
    expect((await handler(new Request('app://woonzorgverkenner/assets/ontbreekt.js'))).status).toBe(404);
    const outside = await handler(new Request('app://woonzorgverkenner/%2e%2e/buiten.json'));
    expect(outside.status).toBe(404);
    expect(await outside.text()).not.toContain('geheim');
    expect((await handler(new Request('app://woonzorgverkenner/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});

describe('contentTypeFor', () => {
  it('knows the types a Vite build emits', () => {
    expect(contentTypeFor('a/B.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('plaatje.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('onbekend.xyz')).toBe('application/octet-stream');
  });
});
