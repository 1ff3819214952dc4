/**
 * A small brat standoff reader for tests only, written apart from the
 * importer so that the two do not share a mistake: it reads a .ann against
 * its .txt the way brat's server does (annotation.py, TextAnnotations) and
 * throws on anything brat would not load: a malformed line, a duplicate id,
 * a reference to an unknown id, a span outside the text, overlapping
 * fragments, or covered text that is not the .txt's slice in CODE POINTS
 * (fragments joined by one space).
 */
export interface TestEntity {
  id: string;
  type: string;
  spans: Array<[number, number]>;
  text: string;
}

export interface TestAnn {
  entities: TestEntity[];
  relations: Array<{ id: string; type: string; arg1: string; arg2: string }>;
  attributes: Array<{ id: string; type: string; target: string; value: string }>;
  normalizations: Array<{ id: string; type: string; target: string; ref: string; text: string }>;
  notes: Array<{ id: string; target: string; note: string }>;
}

export function parseForTest(ann: string, txt: string): TestAnn {
  const points = [...txt];
  const out: TestAnn = { entities: [], relations: [], attributes: [], normalizations: [], notes: [] };
  const ids = new Set<string>();
  const targets: Array<[string, number]> = [];
  const lines = ann.split('\n');
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((line, index) => {
    const fail = (why: string): never => {
      throw new Error(`line ${index + 1}: ${why}: ${JSON.stringify(line)}`);
    };
    if (line.includes('\r')) fail('a CR inside a line');
    const id = line.split('\t')[0]!;
    if (!/^(?:[A-Z]|#)\d+$/.test(id)) fail('bad id');
    if (ids.has(id)) fail('duplicate id');
    ids.add(id);
    const match = (pattern: RegExp) => pattern.exec(line) ?? fail('not a brat line');
    if (id.startsWith('T')) {
      const m = match(/^T\d+\t(\S+) ((?:\d+ \d+;)*\d+ \d+)\t(.*)$/);
      const spans = m[2]!.split(';').map((s) => s.split(' ').map(Number) as [number, number]);
      for (const [s, e] of spans) if (!(s < e && e <= points.length)) fail('span outside the text');
      const sorted = [...spans].sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < sorted.length; i++) if (sorted[i]![0] < sorted[i - 1]![1]) fail('fragments overlap');
      const covered = spans.map(([s, e]) => points.slice(s, e).join('')).join(' ');
      if (covered !== m[3]) fail(`covered text ${JSON.stringify(m[3])} is not the slice ${JSON.stringify(covered)}`);
      out.entities.push({ id, type: m[1]!, spans, text: m[3]! });
    } else if (id.startsWith('R')) {
      const m = match(/^R\d+\t(\S+) Arg1:(\S+) Arg2:(\S+)$/);
      out.relations.push({ id, type: m[1]!, arg1: m[2]!, arg2: m[3]! });
      targets.push([m[2]!, index], [m[3]!, index]);
    } else if (id.startsWith('A')) {
      const m = match(/^A\d+\t(\S+) (\S+) (\S+)$/);
      out.attributes.push({ id, type: m[1]!, target: m[2]!, value: m[3]! });
      targets.push([m[2]!, index]);
    } else if (id.startsWith('N')) {
      const m = match(/^N\d+\t(\S+) (\S+) (\S+?:\S+)\t([^\t]*)$/);
      out.normalizations.push({ id, type: m[1]!, target: m[2]!, ref: m[3]!, text: m[4]! });
      targets.push([m[2]!, index]);
    } else if (id.startsWith('#')) {
      const m = match(/^#\d+\tAnnotatorNotes (\S+)\t(.*)$/);
      out.notes.push({ id, target: m[1]!, note: m[2]! });
      targets.push([m[1]!, index]);
    } else fail('not a brat line');
  });
  for (const [target, index] of targets) if (!ids.has(target)) throw new Error(`line ${index + 1}: unknown ${target}`);
  return out;
}

/** The entity types annotation.conf declares, with each one's depth (TABs of indentation). */
export function confEntities(conf: string): Map<string, number> {
  const out = new Map<string, number>();
  let inEntities = false;
  for (const line of conf.split('\n')) {
    if (/^\[/.test(line)) inEntities = line === '[entities]';
    else if (inEntities && line.trim()) out.set(line.trim(), /^\t*/.exec(line)![0].length);
  }
  return out;
}
