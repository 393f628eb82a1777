/**
 * Freezes a value and everything inside it. The store hands the same cached dataset to every
 * reader until the next write, so a reader that changed it would change it for all of them:
 * frozen, such a bug throws where it happens instead.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
  return value;
}
