/** Why the store refused; the message is Dutch and names the file or item. */
export type StoreErrorCode =
  | 'newer'
  | 'corrupt'
  | 'foreign'
  | 'unopenable'
  | 'notFound'
  | 'duplicateName'
  | 'builtinReadOnly'
  | 'invalid';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
