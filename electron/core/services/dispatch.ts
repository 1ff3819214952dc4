import type { z } from 'zod';
import { type Message, message } from '../../../shared/i18n/message.ts';
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
      return failure(new ApiError('unknown-call', message('errors:unknownCall', { name: String(name).slice(0, 60) })));
    }
    const parsed = contract[name].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues
        .slice(0, 3)
        .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
        .join('; ');
      const tooLarge = parsed.error.issues.some((i) => i.code === 'too_big');
      // The English message stays zod's wording; the text words the first issue in the user's language.
      const first = parsed.error.issues[0];
      return failure(
        new ApiError(
          tooLarge ? 'too-large' : 'invalid-input',
          `${name}: ${issues}`,
          first ? issueMessage(name, first) : message('errors:inputOther', { call: name, field: 'input', detail: '' }),
        ),
      );
    }
    try {
      const handler = handlers[name] as (input: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof ApiError) return failure(error);
      log(`[glossator] ${name} failed: ${(error as Error)?.stack ?? String(error)}`);
      return failure(
        new ApiError('internal', message('errors:internal', { reason: String((error as Error)?.message ?? error) })),
      );
    }
  };
}

function failure(error: ApiError): Envelope<never> {
  return {
    ok: false,
    error: error.text
      ? { code: error.code, message: error.message, text: error.text }
      : { code: error.code, message: error.message },
  };
}

/** The contract's own refinements, by their English wording. */
const ownMessages: Record<string, Message['key']> = {
  'end must be after start': 'errors:inputEndAfterStart',
  'start and end must be changed together': 'errors:inputStartAndEnd',
  'end must be after start (or equal to it for an orphaned annotation)': 'errors:inputEndAfterStartOrphan',
  'a link needs two different annotations': 'errors:inputLinkItself',
};

const typeKeys: Record<string, Message['key']> = {
  string: 'errors:inputType-string',
  number: 'errors:inputType-number',
  int: 'errors:inputType-number',
  boolean: 'errors:inputType-boolean',
  object: 'errors:inputType-object',
  array: 'errors:inputType-array',
};

/** One zod issue as a Message: the call, the field (its path) and what is wrong with it. */
export function issueMessage(call: string, issue: z.core.$ZodIssue): Message {
  const field = issue.path.length ? issue.path.map(String).join('.') : 'input';
  const at = { call, field };
  switch (issue.code) {
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string')
        return minimum <= 1
          ? message('errors:inputEmpty', at)
          : message('errors:inputTooShort', { ...at, count: minimum });
      if (issue.origin === 'array' || issue.origin === 'set')
        return message('errors:inputTooFew', { ...at, count: minimum });
      return message(issue.inclusive ? 'errors:inputAtLeast' : 'errors:inputAbove', { ...at, minimum });
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return message('errors:inputTooLong', { ...at, count: maximum });
      if (issue.origin === 'array' || issue.origin === 'set')
        return message('errors:inputTooMany', { ...at, count: maximum });
      return message(issue.inclusive ? 'errors:inputAtMost' : 'errors:inputBelow', { ...at, maximum });
    }
    case 'invalid_type': {
      if (issue.input === undefined) return message('errors:inputMissing', at);
      const key = typeKeys[issue.expected];
      return key ? message(key, at) : message('errors:inputType', { ...at, expected: issue.expected });
    }
    case 'invalid_format':
      return message('errors:inputFormat', at);
    case 'invalid_value':
      return message('errors:inputValue', { ...at, values: issue.values.map((v) => String(v)).join(', ') });
    case 'unrecognized_keys':
      return message('errors:inputUnknownKeys', {
        ...at,
        keys: issue.keys.map((k) => `“${k}”`).join(', '),
        count: issue.keys.length,
      });
    case 'custom': {
      const own = ownMessages[issue.message];
      if (own) return message(own, at);
      break;
    }
  }
  return message('errors:inputOther', { ...at, detail: issue.message });
}
