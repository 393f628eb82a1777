/**
 * Runs work one piece at a time, in the order it was queued. One SQLite connection serves every
 * caller of a store (the window, a web request, the command line); while a transaction awaits
 * inside, another caller's read or write must wait for it rather than land inside it.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => T | Promise<T>): Promise<T> {
    const next = this.tail.then(work);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
