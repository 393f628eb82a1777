import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BACKUP_REASONS, backupTime, KEEP_DAILY, KEEP_EVENT, type BackupInfo, type BackupReason, type RestoredBackup } from '../../../shared/backups/schema';
import { texts } from '../../../shared/i18n/catalogue';
import { StoreError } from '../errors';
import { checkContent, DamageFound, isNotADatabase, readHeader } from './integrity';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

/**
 * Backups of the database in normal use, in a `backups` folder beside it: one on the first open
 * of each day and one just before every import, revert, migration and restore. A backup is a
 * whole database made with SQLite's online backup (the app may go on reading and writing), then
 * switched to a rollback journal so it is one self-contained file. Its name says everything the
 * list needs: `<database file>.<id>.backup`, the id being `YYYYMMDD-HHMMSS-<reason>` in UTC (with
 * `-2`, `-3` … for a second one in the same second). No index to keep in step.
 */

const words = () => texts('nl-NL').backups.store;
const ID = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-([a-z]+)(?:-(\d+))?$/;

export function backupFolder(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

function fileName(dbPath: string, id: string): string {
  return `${basename(dbPath)}.${id}.backup`;
}

/** Every backup of this database, newest first. */
export function listBackups(dbPath: string): BackupInfo[] {
  const folder = backupFolder(dbPath);
  if (!existsSync(folder)) return [];
  const prefix = `${basename(dbPath)}.`;
  const found: BackupInfo[] = [];
  const written = new Map<string, number>();
  for (const name of readdirSync(folder)) {
    if (!name.startsWith(prefix) || !name.endsWith('.backup')) continue;
    const id = name.slice(prefix.length, -'.backup'.length);
    const m = ID.exec(id);
    const reason = m?.[7] as BackupReason | undefined;
    if (!m || !reason || !BACKUP_REASONS.includes(reason)) continue;
    const file = join(folder, name);
    let stat: { size: number; mtimeMs: number };
    try {
      stat = statSync(file);
    } catch {
      continue; // pruned by another process meanwhile
    }
    written.set(id, stat.mtimeMs);
    found.push({ id, at: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`, reason, size: stat.size, file });
  }
  // By the time in the id; two in the same second by when their files were written.
  return found.sort((a, b) => (a.at === b.at ? (written.get(b.id) ?? 0) - (written.get(a.id) ?? 0) : a.at < b.at ? 1 : -1));
}

/** "Restore a backup", naming the newest and the command: the advice every refusal about damage ends with. */
export function newestBackupHint(dbPath: string): string {
  const newest = listBackups(dbPath)[0];
  return texts('nl-NL').backups.restoreHint(newest ? { id: newest.id, when: backupTime(newest.at) } : null, backupFolder(dbPath));
}

function baseId(reason: BackupReason, nowIso: string): string {
  const d = new Date(nowIso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}-${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}-${reason}`;
}

/**
 * Gives the finished copy its name without ever taking another's: a hard link fails when the
 * name exists, so two processes backing up in the same second (two servers importing at once)
 * each get their own id (`…-import`, `…-import-2`) instead of one refusing its import.
 */
function claimName(dbPath: string, temp: string, base: string): { id: string; file: string } {
  const folder = backupFolder(dbPath);
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    const file = join(folder, fileName(dbPath, id));
    try {
      linkSync(temp, file);
      return { id, file };
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST' || n >= 1000) throw error;
    }
  }
}

/**
 * An online backup of `db` (the open database at `dbPath`), then pruning. A failure leaves no
 * half-written backup in the list (it is written under a temporary name of this process alone)
 * and is a StoreError 'backupFailed': whoever was about to change much refuses to go on without it.
 */
export async function makeBackup(db: Database.Database, dbPath: string, reason: BackupReason, now: () => string, spare?: string): Promise<BackupInfo> {
  const folder = backupFolder(dbPath);
  const at = now();
  const temp = join(folder, `.${basename(dbPath)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    mkdirSync(folder, { recursive: true });
    await db.backup(temp);
    const copy = new Database(temp);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const { id, file } = claimName(dbPath, temp, baseId(reason, at));
    // Described before pruning: another process making backups at the same time may prune it right away, and it was made all the same.
    const made: BackupInfo = { id, at: `${new Date(at).toISOString().slice(0, 19)}Z`, reason, size: statSync(file).size, file };
    pruneBackups(dbPath, undefined, spare);
    return made;
  } catch (error) {
    throw Object.assign(new StoreError('backupFailed', words().backupFailed(folder)), { cause: error });
  } finally {
    for (const f of [temp, `${temp}-journal`]) if (existsSync(f)) unlinkSync(f);
  }
}

/** The local calendar day of a time: "the first open of each day" is the analyst's day. */
function localDay(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
}

/** The daily backup, when none was made today yet; null otherwise. */
export async function dailyBackup(db: Database.Database, dbPath: string, now: () => string): Promise<BackupInfo | null> {
  const today = localDay(now());
  if (listBackups(dbPath).some((b) => b.reason === 'daily' && localDay(b.at) === today)) return null;
  return makeBackup(db, dbPath, 'daily', now);
}

/** Keeps the newest 14 daily and the newest 10 others; returns the ids removed. */
export function pruneBackups(dbPath: string, keep: { daily: number; event: number } = { daily: KEEP_DAILY, event: KEEP_EVENT }, spare?: string): string[] {
  // `spare`: the backup being restored, which the backup made just before must not prune.
  const all = listBackups(dbPath).filter((b) => b.id !== spare);
  const daily = all.filter((b) => b.reason === 'daily').slice(keep.daily);
  const events = all.filter((b) => b.reason !== 'daily').slice(keep.event);
  const removed: string[] = [];
  for (const b of [...daily, ...events]) {
    try {
      unlinkSync(b.file);
      removed.push(b.id);
    } catch {
      // Another process pruned it first.
    }
  }
  return removed;
}

/** By id, or by the start of one id (`backups restore 20261202-1640`). */
export function findBackup(dbPath: string, id: string): BackupInfo {
  const all = listBackups(dbPath);
  const exact = all.find((b) => b.id === id);
  if (exact) return exact;
  const matches = id.length >= 4 ? all.filter((b) => b.id.startsWith(id)) : [];
  if (matches.length === 1 && matches[0]) return matches[0];
  if (matches.length > 1) throw new StoreError('notFound', words().backupAmbiguous(id, matches.map((b) => b.id).join(', ')));
  throw new StoreError('notFound', words().backupNotFound(id));
}

/** A backup is restored only when it is whole: a SQLite file, quick_check ok, a known version, every table there. */
export function verifyBackup(backup: BackupInfo, migrations: readonly Migration[] = MIGRATIONS): void {
  const damaged = (why: string) => new StoreError('backupDamaged', words().backupDamaged(backup.id, why));
  const header = readHeader(backup.file);
  if (header.kind === 'new') throw new StoreError('notFound', words().backupNotFound(backup.id));
  if (header.kind === 'damaged') throw damaged(header.why);
  if (header.version < 1 || header.version > LATEST_VERSION) throw damaged(`schemaversie ${header.version}`);
  let db: Database.Database | null = null;
  try {
    db = new Database(backup.file, { readonly: true, fileMustExist: true });
    checkContent(db, header.version, migrations);
  } catch (error) {
    if (error instanceof DamageFound) throw damaged(error.why);
    if (isNotADatabase(error)) throw damaged(words().why.notADatabase);
    throw error;
  } finally {
    db?.close();
  }
}

/**
 * Restores a backup into `dbPath`: first checks it, then backs up what is there now (through
 * `current`, the open connection, or a read-only one when the store is not open), then copies the
 * backup in with SQLite's backup API, so a connection that has the file open (this one, or
 * another process) sees the restored data as one committed change. The caller migrates and seeds
 * the result (the backup may be of an older version) by opening it as usual.
 */
export async function restoreBackupInto(dbPath: string, id: string, current: Database.Database | null, now: () => string): Promise<RestoredBackup> {
  const backup = findBackup(dbPath, id);
  verifyBackup(backup);
  let safety: BackupInfo | null = null;
  if (current) safety = await makeBackup(current, dbPath, 'restore', now, backup.id);
  else if (existsSync(dbPath) && statSync(dbPath).size > 0) {
    const old = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      safety = await makeBackup(old, dbPath, 'restore', now, backup.id);
    } finally {
      old.close();
    }
  }
  const source = new Database(backup.file, { readonly: true, fileMustExist: true });
  try {
    // One step for all pages: the file is never seen half restored, and the write lock is held once.
    await source.backup(dbPath, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  return { restored: backup, safety };
}
