import type Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { texts } from '../../../shared/i18n/catalogue';
import { StoreError } from '../errors';
import { newestBackupHint } from './backups';

/**
 * Watches the -wal file of an open database. In WAL mode every acknowledged write is in that file
 * until a checkpoint copies it into the database file; a sync client or clean-up tool that deletes
 * it makes SQLite go on writing into a file no one else can see, and a crash then loses it all.
 *
 * The check is one stat of the -wal path (its inode, against the one seen at open), before every
 * write and on a timer. When the file is gone, this connection still holds it open: a checkpoint
 * copies everything it has into the database file (fsynced: synchronous=FULL), and from then on
 * the store refuses to write (StoreError 'walLost') until it is reopened. When another process has
 * made a new -wal meanwhile, the wal-index no longer describes the lost file, so no checkpoint is
 * tried (it could copy the wrong pages): writing stops and the message says what may be lost.
 */
export class WalWatch {
  private readonly walPath: string;
  private readonly inode: number | null;
  private lost: StoreError | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Database.Database,
    private readonly path: string,
  ) {
    this.walPath = `${path}-wal`;
    this.inode = path === ':memory:' ? null : inodeOf(this.walPath);
  }

  /** Checks every `ms` milliseconds while open (the timer never keeps the process alive). `run` queues the check behind other work. */
  every(ms: number, run: (check: () => void) => void): void {
    if (this.inode === null) return;
    this.timer = setInterval(() => {
      run(() => {
        this.check();
      });
    }, ms);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Before a write: throws the Dutch refusal once the -wal is gone. Must not run inside a transaction (it may checkpoint). */
  assertWritable(): void {
    this.check();
    if (this.lost) throw this.lost;
  }

  /** True when the -wal was found gone (now or before). */
  check(): boolean {
    if (this.lost) return true;
    if (this.inode === null) return false;
    const now = inodeOf(this.walPath);
    if (now === this.inode) return false;
    let saved = false;
    if (now === null && !this.db.inTransaction) {
      try {
        const [result] = this.db.pragma('wal_checkpoint(FULL)') as { busy: number; log: number; checkpointed: number }[];
        saved = result !== undefined && result.busy === 0 && result.checkpointed === result.log;
      } catch {
        saved = false;
      }
    }
    this.lost = new StoreError('walLost', texts('nl-NL').backups.store.walLost(this.path, saved, newestBackupHint(this.path)));
    this.stop();
    return true;
  }
}

function inodeOf(path: string): number | null {
  try {
    return statSync(path).ino;
  } catch {
    return null;
  }
}
