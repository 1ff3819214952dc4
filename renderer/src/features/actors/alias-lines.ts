/**
 * Aliases are edited as text, one per line: the lines trimmed, blank ones
 * dropped, repeats kept once, so a stray empty line or a pasted duplicate
 * never becomes an alias.
 */
export function aliasesFromLines(text: string): string[] {
  const seen = new Set<string>();
  const aliases: string[] = [];
  for (const line of text.split('\n')) {
    const alias = line.trim();
    if (alias && !seen.has(alias)) {
      seen.add(alias);
      aliases.push(alias);
    }
  }
  return aliases;
}

export function aliasesToLines(aliases: readonly string[]): string {
  return aliases.join('\n');
}

export function sameAliases(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((alias, i) => alias === b[i]);
}
