/**
 * The coder and document names our own README.txt lists (see
 * brat-readme.ts), read back so that a round trip keeps them. Untrusted:
 * a line that is not `  <id><TAB><name>` is passed over.
 */
export interface ReadmeNames {
  coders: Map<string, string>;
  documents: Map<string, string>;
}

export function readReadmeNames(readme: string | null): ReadmeNames {
  const out: ReadmeNames = { coders: new Map(), documents: new Map() };
  if (!readme) return out;
  let table: Map<string, string> | null = null;
  for (const line of readme.split(/\r\n|\n|\r/)) {
    if (line.startsWith('Coders (folder = id):')) table = out.coders;
    else if (line.startsWith('Documents (file = id):')) table = out.documents;
    else if (!line.startsWith('  ')) table = null;
    else if (table) {
      const match = /^ {2}([A-Za-z0-9][A-Za-z0-9_-]{0,63})\t(.+)$/.exec(line);
      if (match && match[2]!.trim()) table.set(match[1]!, match[2]!.trim());
    }
  }
  return out;
}
