/**
 * JSON with one record per line: top-level keys each on their line, and
 * every element of a top-level array on its own line, written compactly.
 * Still readable and diffable line by line, and about half the size of
 * indented JSON, which matters when a project opens by reading 50,000
 * annotations.
 */
export function stringifyRecords(data: unknown): string {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return `${JSON.stringify(data)}\n`;
  const fields = Object.entries(data).map(([key, value]) => {
    const body = Array.isArray(value)
      ? value.length === 0
        ? '[]'
        : `[\n${value.map((item) => JSON.stringify(item)).join(',\n')}\n]`
      : JSON.stringify(value);
    return `${JSON.stringify(key)}: ${body}`;
  });
  return `{\n${fields.join(',\n')}\n}\n`;
}

/** The store's other way: indented JSON, for the small files people open by hand (project.json, document.json). */
export function stringifyPretty(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
