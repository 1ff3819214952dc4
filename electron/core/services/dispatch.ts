import { isCallName } from '../../../shared/ipc/call-names.ts';
import { contract, type Handlers } from '../../../shared/ipc/contract.ts';
import { ApiError, type Envelope } from '../../../shared/ipc/errors.ts';

export type Dispatch = (name: string, input: unknown) => Promise<Envelope<unknown>>;

/**
 * The one entry point every transport (ipcMain, loopback HTTP) goes
 * through: it checks that the call exists, validates the input against the
 * contract's schema, runs the handler and wraps the outcome in an envelope.
 * Nothing is thrown across the boundary; an unexpected error becomes an
 * `internal` failure and is logged.
 */
export function createDispatch(handlers: Handlers, log: (message: string) => void = console.error): Dispatch {
  return async (name, input) => {
    if (!isCallName(name)) {
      return failure(new ApiError('unknown-call', `There is no call named “${String(name).slice(0, 60)}”.`));
    }
    const parsed = contract[name].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues
        .slice(0, 3)
        .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
        .join('; ');
      const tooLarge = parsed.error.issues.some((i) => i.code === 'too_big');
      return failure(new ApiError(tooLarge ? 'too-large' : 'invalid-input', `${name}: ${issues}`));
    }
    try {
      const handler = handlers[name] as (input: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof ApiError) return failure(error);
      log(`[glossator] ${name} failed: ${(error as Error)?.stack ?? String(error)}`);
      return failure(
        new ApiError('internal', `Something went wrong inside Glossator (${(error as Error)?.message ?? error}).`),
      );
    }
  };
}

function failure(error: ApiError): Envelope<never> {
  return { ok: false, error: { code: error.code, message: error.message } };
}
