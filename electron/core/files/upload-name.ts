/**
 * The name of an uploaded or dropped file as the window gave it: only the
 * last path segment, without control characters, at most 255 characters;
 * `file` when nothing is left. It is shown and used to guess the format,
 * never as a path.
 */
export function uploadName(raw: string): string {
  const last = raw.split(/[/\\]/).pop() ?? '';
  const clean = [...last]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f)
    .join('')
    .trim();
  return [...clean].slice(0, 255).join('') || 'file';
}
