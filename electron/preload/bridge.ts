import { CALL_NAMES, type Api, type ApiResponse } from '../../shared/api/contract';
import { API_CHANNEL, MENU_CHANNEL, MenuCommand, type WoonzorgShell } from '../../shared/api/menuCommands';

/**
 * What the preload exposes, built from plain functions so it can be tested without Electron. The
 * page gets one named function per call of the contract and never ipcRenderer itself.
 */

export type Invoke = (channel: string, name: string, payload: unknown) => Promise<unknown>;

function internal(message: string): ApiResponse<never> {
  return { ok: false, error: { code: 'internal', message } };
}

/** `window.woonzorgApi`: each function sends (name, payload) on the one 'api' channel and always resolves to an ApiResponse. */
export function buildApi(invoke: Invoke): Api {
  const call = async (name: string, input: unknown): Promise<ApiResponse<unknown>> => {
    try {
      return (await invoke(API_CHANNEL, name, input ?? {})) as ApiResponse<unknown>;
    } catch (error) {
      return internal(`De opdracht ${name} kwam niet aan bij Woonzorgverkenner: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return Object.fromEntries(CALL_NAMES.map((name) => [name, (input: unknown) => call(name, input)])) as unknown as Api;
}

export type MenuListener = (event: unknown, command: unknown) => void;
export type MenuChannel = {
  on(channel: string, listener: MenuListener): unknown;
  removeListener(channel: string, listener: MenuListener): unknown;
};

/** `window.woonzorgShell`: the platform and the menu commands; the IPC event itself never reaches the page. */
export function buildShell(channel: MenuChannel): WoonzorgShell {
  return {
    platform: 'electron',
    onMenu(listener) {
      const wrapped: MenuListener = (_event, command) => {
        const parsed = MenuCommand.safeParse(command);
        if (parsed.success) listener(parsed.data);
      };
      channel.on(MENU_CHANNEL, wrapped);
      return () => {
        channel.removeListener(MENU_CHANNEL, wrapped);
      };
    },
  };
}
