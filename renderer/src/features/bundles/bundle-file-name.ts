import { BUNDLE_EXTENSION } from '../../../../shared/formats/bundle/bundle-contents.ts';

/** What no file system takes in a name (saveFile cleans the same; this file is tested without a window). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const UNSAFE = /[/\\:*?"<>|\u0000-\u001f]+/g;

/**
 * The name suggested in the save dialog: the project, the coder and the
 * day ("Saryarka — Anna — 2026-12-02.glossator"), so a colleague's folder
 * of bundles sorts and reads by who and when. The user may change it.
 */
export function bundleFileName(project: string, coder: string, now: Date): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  // Each name kept short, so that the day always fits in a file system's limit; an empty one is left out.
  const names = [project, coder]
    .map((name) => name.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, 80).trim())
    .filter((name) => name !== '');
  return `${[...names, day].join(' — ')}${BUNDLE_EXTENSION}`;
}
