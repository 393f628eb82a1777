import type { IpcMain } from 'electron';
import type { ApiResponse } from '../../shared/api/contract';
import { API_CHANNEL } from '../../shared/api/menuCommands';
import type { Dispatch } from '../api/dispatch';
import { isTrustedSender } from './security';

/** The parts of an IpcMainInvokeEvent the check needs. */
export type SenderFrameInfo = {
  senderFrame: { url: string; parent: unknown } | null;
};

type Refusal = ApiResponse<never>;

const UNTRUSTED: Refusal = {
  ok: false,
  error: { code: 'invalidInput', message: 'Opdracht geweigerd: die komt niet van het venster van Woonzorgverkenner zelf.' },
};

/**
 * The listener behind `ipcMain.handle('api', …)`: it answers only the app's own top frame, then
 * hands (name, payload) to the dispatcher, which parses both. It never throws, so the renderer
 * always receives an ApiResponse rather than a rejected promise.
 */
export function createApiListener(
  dispatch: Dispatch,
  log: (error: unknown) => void = console.error,
): (event: SenderFrameInfo, name: unknown, payload: unknown) => Promise<ApiResponse<unknown>> {
  return async (event, name, payload) => {
    const frame = event.senderFrame;
    if (!isTrustedSender(frame?.url, frame !== null && frame.parent === null)) return UNTRUSTED;
    if (typeof name !== 'string') return { ok: false, error: { code: 'invalidInput', message: 'Opdracht zonder naam.' } };
    try {
      return await dispatch(name, payload);
    } catch (error) {
      log(error);
      return { ok: false, error: { code: 'internal', message: `Er ging iets mis bij ${name.slice(0, 80)}.` } };
    }
  };
}

/** Registers the one API channel; returns a function that removes it again. */
export function registerApi(ipc: Pick<IpcMain, 'handle' | 'removeHandler'>, dispatch: Dispatch, log?: (error: unknown) => void): () => void {
  const listener = createApiListener(dispatch, log);
  ipc.handle(API_CHANNEL, (event, name: unknown, payload: unknown) => listener(event, name, payload));
  return () => {
    ipc.removeHandler(API_CHANNEL);
  };
}
