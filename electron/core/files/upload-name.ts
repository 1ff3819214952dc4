/**
 * The name of an uploaded or dropped file as the window gave it: only the
 * last path segment, without control characters, at most 255 characters;
 * `file` when nothing is left. It is shown and used to guess the format,
 * never as a path.
 */
export function uploadName(raw: string): string {
  const last = raw.split(/[/\\]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const clean = last.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return [...clean].slice(0, 255).join('') || 'file';
}
