/**
 * The folder the clone section suggests for a repository: a sibling of the open project's folder, named after
 * the repository (the address's last segment without `.git`), so a team's projects sit side by side. Empty when
 * the address names nothing yet. Pure: the panel recomputes it as the address is typed.
 */
export function suggestCloneFolder(projectPath: string, url: string): string {
  const name = repositoryName(url);
  if (!name) return '';
  const separator = projectPath.includes('\\') && !projectPath.includes('/') ? '\\' : '/';
  const trimmed = projectPath.replace(/[\\/]+$/, '');
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  // A project at the root of a drive (or no path at all): the clone goes beside it, at that root.
  const parent = cut < 0 ? trimmed : trimmed.slice(0, cut);
  if (!parent) return `${separator}${name}`;
  return `${parent}${separator}${name}`;
}

/** The repository's name in an address: `https://host/team/Проект.git?x` → `Проект`; a bare host names none. */
export function repositoryName(url: string): string {
  const path = url
    .trim()
    .replace(/[?#].*$/, '')
    .replace(/[\\/]+$/, '');
  const last = path.split(/[/\\:]/).pop() ?? '';
  let name = last.replace(/\.git$/i, '');
  try {
    name = decodeURIComponent(name);
  } catch {
    // A stray % is kept as typed.
  }
  // Characters no folder name may hold on Windows, nor control characters; an address's host alone is no name.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  name = name.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-').trim();
  if (!name || name === '.' || name === '..' || path.split('/').length <= 3) return '';
  return name;
}
