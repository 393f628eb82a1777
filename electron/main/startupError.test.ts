import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../store/errors';
import { openStore } from '../store/store';
import { startupErrorBox } from './startupError';

const PATH = join(tmpdir(), 'Woonzorgverkenner', 'woonzorgverkenner.sqlite');

describe('startupErrorBox', () => {
  it('for a damaged file: names the file, where it was kept aside, and the backup to restore', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wzv-start-'));
    const path = join(dir, 'woonzorgverkenner.sqlite');
    const garbage = Buffer.alloc(8192, 7);
    writeFileSync(path, garbage);
    const error = await openStore(path).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreError);
    const box = startupErrorBox(path, error);
    expect(box.title).toBe('Woonzorgverkenner kan niet starten');
    expect(box.content).toContain(path);
    const movedTo = String((error as { movedTo?: unknown }).movedTo);
    expect(box.content).toContain(`opzijgezet als ${movedTo}`);
    expect(box.content).toContain('Er is nog geen reservekopie in');
    expect(box.content).not.toContain('--db');
    expect(readFileSync(movedTo).equals(garbage)).toBe(true);
  });

  it('for a newer database: install the newest version', () => {
    const box = startupErrorBox(PATH, new StoreError('newer', `De database ${PATH} heeft schemaversie 9.`));
    expect(box.content).toContain('Installeer de nieuwste versie');
    expect(box.content).toContain(PATH);
  });

  it('for a file that cannot be opened: check the folder, the disk and locks', () => {
    const box = startupErrorBox(PATH, new StoreError('unopenable', `Het databasebestand ${PATH} kan niet worden gemaakt of geopend: EACCES`));
    expect(box.content).toContain('schrijfbaar');
    expect(box.content).toContain('niet gewijzigd');
  });

  it('for a native module built for Node: tells the developer the command', () => {
    const error = new StoreError(
      'unopenable',
      `Het databasebestand ${PATH} kan niet worden gemaakt of geopend: The module was compiled against a different Node.js version using NODE_MODULE_VERSION 115.`,
    );
    expect(startupErrorBox(PATH, error).content).toContain('npm run native:electron');
  });

  it('for anything else: the message, the file, and no claim that the file is untouched', () => {
    const box = startupErrorBox(PATH, new Error('seeds/gemeenten.json ontbreekt'));
    expect(box.content).toContain('seeds/gemeenten.json ontbreekt');
    expect(box.content).toContain(PATH);
    expect(box.content).not.toContain('niet gewijzigd');
  });
});
