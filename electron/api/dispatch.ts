import { contract, isCallName, type ApiError, type ApiErrorCode, type ApiResponse } from '../../shared/api/contract';
import { refusalOf } from '../../shared/api/errors';
import { texts } from '../../shared/i18n/catalogue';
import { StoreError, type StoreErrorCode } from '../store/errors';
import { storeFault } from '../store/sqliteFaults';
import type { Handlers } from './handlers';
import { InputError } from './inputError';

const STORE_CODES: Record<StoreErrorCode, ApiErrorCode> = {
  newer: 'storeUnavailable',
  corrupt: 'storeUnavailable',
  foreign: 'storeUnavailable',
  unopenable: 'storeUnavailable',
  notFound: 'notFound',
  duplicateName: 'conflict',
  builtinReadOnly: 'readOnly',
  invalid: 'invalidInput',
  staleVersion: 'conflict',
  readOnlyFile: 'storeUnavailable',
  diskFull: 'storeUnavailable',
  folderMissing: 'storeUnavailable',
  busy: 'storeUnavailable',
  ioError: 'storeUnavailable',
  damagedScenario: 'readOnly',
  walLost: 'readOnly',
  backupFailed: 'storeUnavailable',
  backupDamaged: 'invalidInput',
};

export type Dispatch = (name: string, payload: unknown) => Promise<ApiResponse<unknown>>;

/**
 * The single entry for IPC and HTTP alike: checks the call name, parses the payload with the
 * contract's input schema, runs the handler, checks the output, and turns every failure into an
 * error value with a Dutch message. Nothing thrown crosses the boundary.
 */
export function createDispatch(handlers: Handlers, log: (error: unknown) => void = console.error): Dispatch {
  return async (name, payload) => {
    if (!isCallName(name)) return fail('invalidInput', `Onbekende opdracht "${name.slice(0, 80)}".`);
    const call = contract[name];
    const input = call.input.safeParse(payload ?? {});
    if (!input.success) {
      // At the field, in words a person can act on: never the call's name (shared/api/errors.ts).
      const refusal = refusalOf(input.error);
      return fail('invalidInput', refusal.message, refusal.field);
    }
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      const output = call.output.safeParse(await handler(input.data));
      if (!output.success) {
        log(output.error);
        return fail('internal', 'Het antwoord van de app voldoet niet aan het afgesproken formaat (een interne fout); er is niets gewijzigd. Meld dit aan de beheerder.');
      }
      return { ok: true, value: output.data };
    } catch (error) {
      if (error instanceof StoreError) return fail(STORE_CODES[error.code], error.message, error.code === 'duplicateName' ? 'name' : null);
      if (error instanceof InputError) return fail('invalidInput', error.message);
      // A fault of the machine that reached here without the store's mapping (sqliteFaults.ts).
      const fault = storeFault(error);
      if (fault) return fail(STORE_CODES[fault.code], fault.message);
      // The details go to the log, never to the user: a library's message is English and says nothing to an analyst.
      log(error);
      return fail('internal', texts('nl-NL').faults.unexpectedApi(name));
    }
  };
}

function fail(code: ApiErrorCode, message: string, field: string | null = null): { ok: false; error: ApiError } {
  return { ok: false, error: { code, message, ...(field === null ? {} : { field }) } };
}
