import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FAKE = join(ROOT, 'test/electron/fake');

type Answer = { ok: boolean; value?: unknown; error?: { code: string; message: string }; fileName?: string; bytes?: number };

/**
 * The built main process (what `npm start` and the installer run), not its sources: bundled by
 * vite.electron.config.ts and started in Node with a stand-in Electron. Proves the bundle loads
 * its libraries, opens the store in the user data folder and answers the API over IPC.
 */
describe('dist-electron/main.js with a stand-in Electron', () => {
  let out: Record<string, Answer>;
  beforeAll(() => {
    execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '-c', 'vite.electron.config.ts', '--logLevel', 'error'], { cwd: ROOT, stdio: 'pipe' });
    const userData = mkdtempSync(join(tmpdir(), 'wzv-electron-'));
    const stdout = execFileSync(process.execPath, ['--import', join(FAKE, 'register.mjs'), join(FAKE, 'drive.mjs')], {
      cwd: ROOT,
      env: { ...process.env, MAIN_JS: join(ROOT, 'dist-electron/main.js'), FAKE_USERDATA: userData, APP_PATH: ROOT },
      encoding: 'utf8',
      timeout: 60_000,
    });
    out = JSON.parse(stdout) as Record<string, Answer>;
  }, 90_000);

  it('answers the app window and refuses another origin', () => {
    expect(out.list?.ok).toBe(true);
    expect((out.list?.value as { id: string }[]).map((s) => s.id)).toEqual(['basis', 'programma', 'toegankelijk50', 'bandbreedte']);
    expect(out.foreign).toMatchObject({ ok: false });
  });

  it('builds the workbook, memo and deck from the bundle', () => {
    expect(out.xlsx).toMatchObject({ ok: true, fileName: expect.stringMatching(/\.xlsx$/) as unknown });
    expect(out.docx).toMatchObject({ ok: true, fileName: expect.stringMatching(/\.docx$/) as unknown });
    expect(out.pptx).toMatchObject({ ok: true, fileName: expect.stringMatching(/\.pptx$/) as unknown });
    for (const k of ['xlsx', 'docx', 'pptx']) expect(out[k]?.bytes).toBeGreaterThan(5000);
  });

  it('previews an import', () => {
    expect(out.preview).toMatchObject({ ok: true });
    expect((out.preview?.value as { changes: unknown[] }).changes).toHaveLength(1);
  });
});
