import { ApiResponseEnvelope, CALL_NAMES, type Api, type ApiResponse, type CallName } from '../../../shared/api/contract';
import { texts } from '../../../shared/i18n/catalogue';
import { storedLocale } from '../i18n/storedLocale';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser. */
    woonzorgApi?: Api;
  }
}

/** The browser build: POST /api/<name> to the local server that served this page. */
function httpApi(fetchImpl: typeof fetch = fetch.bind(globalThis)): Api {
  const call = async (name: CallName, input: unknown): Promise<ApiResponse<unknown>> => {
    let response: Response;
    try {
      response = await fetchImpl(`./api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'storeUnavailable', message: texts(storedLocale()).app.server.unreachable } };
    }
    const parsed = ApiResponseEnvelope.safeParse(await response.json().catch(() => null));
    if (!parsed.success) return { ok: false, error: { code: 'internal', message: texts(storedLocale()).app.server.unexpected(response.status) } };
    return parsed.data;
  };
  return Object.fromEntries(CALL_NAMES.map((name) => [name, (input: unknown) => call(name, input)])) as unknown as Api;
}

/** One typed client, whose transport is IPC inside Electron and HTTP in a browser. */
export function createApi(): Api {
  return window.woonzorgApi ?? httpApi();
}

export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Unwraps an answer: the value, or an ApiFailure carrying the store's message. */
export async function unwrap<T>(answer: Promise<ApiResponse<T>>): Promise<T> {
  const a = await answer;
  if (!a.ok) throw new ApiFailure(a.error.code, a.error.message);
  return a.value;
}
