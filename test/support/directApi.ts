import { CALL_NAMES, type Api } from '../../shared/api/contract';
import type { Dispatch } from '../../electron/api/dispatch';

/**
 * The renderer's Api over a dispatcher in the same process: what IPC or HTTP would carry, as a
 * JSON round trip, so component tests use the real handlers and the real store.
 */
export function directApi(dispatch: Dispatch): Api {
  return Object.fromEntries(
    CALL_NAMES.map((name) => [name, async (input: unknown) => JSON.parse(JSON.stringify(await dispatch(name, JSON.parse(JSON.stringify(input ?? {}))))) as unknown]),
  ) as unknown as Api;
}
