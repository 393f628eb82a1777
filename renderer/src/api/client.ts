import { ApiResponseEnvelope, CALL_NAMES, contract, type Api, type ApiResponse, type CallInput, type CallName } from '../../../shared/api/contract';
import { refusalOf, type FieldRefusal } from '../../../shared/api/errors';
import type { Locale } from '../../../shared/format/nl';
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
    /** The input's field the refusal concerns ("name", "params.programme.paceMultiplier"), when it names one. */
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

/** Unwraps an answer: the value, or an ApiFailure carrying the store's message and the field it concerns. */
export async function unwrap<T>(answer: Promise<ApiResponse<T>>): Promise<T> {
  const a = await answer;
  if (!a.ok) throw new ApiFailure(a.error.code, a.error.message, a.error.field ?? null);
  return a.value;
}

/**
 * An input checked here against the contract before it is sent, so a form can show the refusal at
 * its field in the window's language (the Node side checks it again and answers in Dutch); null
 * when the contract takes it.
 */
export function checkInput<N extends CallName>(name: N, input: CallInput<N>, locale: Locale): FieldRefusal | null {
  const parsed = contract[name].input.safeParse(input);
  return parsed.success ? null : refusalOf(parsed.error, locale);
}

/** What went wrong, as a form shows it: at its field when the answer names one, else above the form. */
export function refusalOfFailure(e: unknown): FieldRefusal {
  if (e instanceof ApiFailure) return { field: e.field, message: e.message };
  return { field: null, message: e instanceof Error ? e.message : String(e) };
}
