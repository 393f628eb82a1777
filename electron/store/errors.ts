/** Why the store refused; the message is Dutch and names the file or item. */
export type StoreErrorCode =
  | 'newer'
  | 'corrupt'
  | 'foreign'
  | 'unopenable'
  | 'notFound'
  | 'duplicateName'
  | 'builtinReadOnly'
  | 'invalid'
  /** A save based on a version of a scenario that was saved again elsewhere meanwhile (optimistic concurrency). */
  | 'staleVersion'
  // Faults of the machine (./sqliteFaults.ts): the file, folder or disk, not the user's input.
  | 'readOnlyFile'
  | 'diskFull'
  | 'folderMissing'
  | 'busy'
  | 'ioError'
  /** A stored scenario whose settings no longer parse: it opens read-only. */
  | 'damagedScenario'
  // Damage and backups (./sqlite/integrity.ts, ./sqlite/walWatch.ts, ./sqlite/backups.ts).
  /** The -wal file vanished while the store was open: what could be saved was, and the store no longer writes. */
  | 'walLost'
  /** No backup could be made, so what needed one (an import, a revert, a restore) did not run. */
  | 'backupFailed'
  /** The backup asked for is damaged and was not restored. */
  | 'backupDamaged';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
