import { inEnglish } from '../i18n/in-english.ts';
import { type Message, message } from '../i18n/message.ts';
import { limits } from '../model/limits.ts';
import { splitsSurrogatePair } from './surrogates.ts';

/**
 * One correction of a document's text: text[from, to) is replaced by
 * `insert`. Offsets are UTF-16 code units, like annotation offsets, so the
 * same change can move both the text and the spans over it. In a list of
 * changes each one's offsets refer to the text as the previous changes left
 * it (sequential), which is how an editor reports a burst of edits.
 */
export interface TextChange {
  from: number;
  to: number;
  insert: string;
}

/**
 * Why `change` cannot be applied to a text of `length` code units, or null.
 * Shared by applyTextChanges (which throws) and textChangeProblem (which
 * reports), so both reject exactly the same input.
 */
function changeRangeProblem(length: number, change: TextChange): Message | null {
  const { from, to } = change;
  if (!Number.isInteger(from) || !Number.isInteger(to)) return message('errors:textChange-notWhole');
  if (typeof change.insert !== 'string') return message('errors:textChange-insertNotText');
  if (from < 0) return message('errors:textChange-fromBeforeStart', { from });
  if (from > to) return message('errors:textChange-fromAfterTo', { from, to });
  if (to > length) return message('errors:textChange-toPastEnd', { to, length });
  return null;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The text after the changes, applied one after the other. Throws when a
 * change does not fit the text it applies to: a wrong offset here would
 * silently corrupt a document, so it must stop the save instead.
 */
export function applyTextChanges(text: string, changes: readonly TextChange[]): string {
  let result = text;
  changes.forEach((change, i) => {
    const problem = changeRangeProblem(result.length, change);
    if (problem) throw new Error(`Text change ${i + 1} of ${changes.length}: ${inEnglish(problem)}`);
    result = result.slice(0, change.from) + change.insert + result.slice(change.to);
  });
  return result;
}

/**
 * Why a list of changes sent by the renderer cannot be applied to `text` (a
 * reason, `errors:textChange-…`, with no full stop), or null when it can. Besides the offsets, it refuses changes that would cut a
 * character made of two code units (an emoji) in half, at either edge of the
 * replaced range or of the inserted text, and a result longer than
 * `maxLength`: the renderer is not trusted to keep the text well-formed.
 */
export function textChangeProblem(
  text: string,
  changes: readonly TextChange[],
  maxLength: number = limits.textLength,
): Message | null {
  let current = text;
  for (const [i, change] of changes.entries()) {
    // With several changes the reason says which one: "change 2: …".
    const where = (why: Message): Message =>
      changes.length > 1 ? message('errors:textChangeNumbered', { ...why.params, change: i + 1, why: why.key }) : why;
    const problem = changeRangeProblem(current.length, change);
    if (problem) return where(problem);
    const { from, to, insert } = change;
    if (splitsSurrogatePair(current, from) || splitsSurrogatePair(current, to)) {
      return where(message('errors:textChange-cutsCharacter'));
    }
    if (
      (insert.length > 0 && isLowSurrogate(insert.charCodeAt(0))) ||
      (insert.length > 0 && isHighSurrogate(insert.charCodeAt(insert.length - 1)))
    ) {
      return where(message('errors:textChange-halfInserted'));
    }
    const length = current.length - (to - from) + insert.length;
    if (length > maxLength) return where(message('errors:textChange-tooLong', { length, maxLength }));
    current = current.slice(0, from) + insert + current.slice(to);
  }
  return null;
}

/** A region of a text an editor reports it changed, to place an ambiguous change. */
export interface ChangeHint {
  from: number;
  to: number;
}

/**
 * The single smallest change turning `before` into `after`, found by their
 * common prefix and suffix, or null when they are equal. Used when only the
 * old and new texts are known (an editor saves the whole text).
 *
 * Where the difference is ambiguous (typing "a" in "aaa" could have happened
 * at any of four places), `hint`, the region of `before` the editor says it
 * changed, keeps the prefix from reaching past `hint.from` and the suffix
 * from reaching before `hint.to`, so the change lands where the user typed
 * and annotations next to it move the right way. A hint that is wrong only
 * makes the change larger, never incorrect. The change never starts, ends or
 * inserts half of a surrogate pair.
 */
export function diffTexts(before: string, after: string, hint?: ChangeHint): TextChange | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);

  let maxPrefix = shorter;
  let maxSuffix = shorter;
  if (hint) {
    const hintFrom = Math.min(Math.max(0, Math.trunc(hint.from)), before.length);
    const hintTo = Math.min(Math.max(hintFrom, Math.trunc(hint.to)), before.length);
    maxPrefix = Math.min(maxPrefix, hintFrom);
    maxSuffix = Math.min(maxSuffix, before.length - hintTo);
  }

  let prefix = 0;
  while (prefix < maxPrefix && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  // The prefix is shared, so a high surrogate at its end is the first half of
  // a character whose second half differs (or follows): keep it in the change.
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;

  maxSuffix = Math.min(maxSuffix, shorter - prefix);
  let suffix = 0;
  while (
    suffix < maxSuffix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  // Likewise a suffix may not begin with the second half of a pair.
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;

  return { from: prefix, to: before.length - suffix, insert: after.slice(prefix, after.length - suffix) };
}
