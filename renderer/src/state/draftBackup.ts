import { ScenarioParams } from '../../../shared/scenario/schema';
import { z } from 'zod';

/**
 * Every edit is written to localStorage at once, before the (debounced) save to the store, so a
 * crash or reload between typing and saving loses nothing: on the next start an unsaved draft
 * newer than the last save is restored and saved.
 */
// Not strict: a backup written by an earlier version of the app (with more fields) still restores.
// baseVersion: the stored version the draft was made on (absent in backups of earlier versions of the app).
const Backup = z.object({ params: ScenarioParams, at: z.string(), baseVersion: z.number().int().optional() });
export type Backup = z.infer<typeof Backup>;

const keyOf = (id: string) => `woonzorgverkenner.draft.${id}`;

export function writeBackup(id: string, backup: Backup): void {
  try {
    localStorage.setItem(keyOf(id), JSON.stringify(backup));
  } catch {
    // Storage full or blocked: the debounced save still runs; nothing else to do here.
  }
}

export function readBackup(id: string): Backup | null {
  try {
    const raw = localStorage.getItem(keyOf(id));
    if (raw === null) return null;
    const parsed = Backup.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function clearBackup(id: string): void {
  try {
    localStorage.removeItem(keyOf(id));
  } catch {
    // see writeBackup
  }
}
