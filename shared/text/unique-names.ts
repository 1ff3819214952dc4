/**
 * The form in which two names are compared for uniqueness: Unicode NFC,
 * trimmed, runs of spaces as one, lower case (Cyrillic too), and ё as е.
 * To a coder «Ёлка», "ёлка " and «Елка» are one tag, and a second actor
 * «КНБ» next to «кнб» is a duplicate, not a new body. Every rule that
 * names must be unique (tags among their siblings, actors, concepts, link
 * types) compares through this, so they cannot disagree.
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase().replaceAll('ё', 'е');
}

/** True when two names would be taken for one (see nameKey). */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/**
 * The item already holding `name` (see nameKey), leaving out the one with
 * `exceptId` (the item being renamed), or undefined when the name is free.
 * Messages should quote the clash's own spelling: it may differ from the one typed.
 */
export function findNameClash<T extends { id: string; name: string }>(
  items: Iterable<T>,
  name: string,
  exceptId: string | null = null,
): T | undefined {
  const key = nameKey(name);
  for (const item of items) if (item.id !== exceptId && nameKey(item.name) === key) return item;
  return undefined;
}
