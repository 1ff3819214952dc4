/** Hand-made annotations for the unit-formation and report tests (test-only; imported by *.test.ts). */
import type { Annotation } from '../model/annotation.ts';
import type { Codebook, Tag, TagKind } from '../model/codebook.ts';
import type { TagMapping } from '../model/tag-mapping.ts';

let serial = 0;
const when = '2026-01-01T00:00:00.000Z';

/** An annotation of `coderId` on [start, end) with `tagId`; `extra` sets statement fields, a memo, orphaned… */
export function ann(
  coderId: string,
  tagId: string,
  start: number,
  end: number,
  extra: Partial<Annotation> = {},
): Annotation {
  serial++;
  return {
    id: extra.id ?? `a${serial}`,
    documentId: 'd1',
    coderId,
    tagId,
    start,
    end,
    quote: { exact: 'x', prefix: '', suffix: '' },
    note: '',
    created: when,
    modified: when,
    ...extra,
  };
}

function tag(id: string, parent: string | null, kind: TagKind = 'plain'): Tag {
  return { id, name: `Tag ${id}`, parent, color: '#000000', description: '', shortcut: null, kind };
}

/**
 * A small codebook: claim (statement) > claim-causal > claim-causal-deep; proposal (statement);
 * actor (actor-mention); threat > threat-terror (plain).
 */
export const codebook: Codebook = {
  tags: [
    tag('claim', null, 'statement'),
    tag('claim-causal', 'claim', 'statement'),
    tag('claim-causal-deep', 'claim-causal', 'statement'),
    tag('proposal', null, 'statement'),
    tag('actor', null, 'actor-mention'),
    tag('threat', null),
    tag('threat-terror', 'threat'),
  ],
};

export function mapping(coderId: string, fromTagId: string, toTagId: string): TagMapping {
  return { id: `m-${coderId}-${fromTagId}`, coderId, fromTagId, toTagId, created: when, modified: when };
}
