import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Projects exactly as Glossator wrote them in formats 1, 2 and 3 (the
 * shapes and orders of keys of those versions): two coders' annotations of
 * one document in a shared annotations.json, and in format 3 links of both
 * coders in links.json, concepts and rejected suggestions.
 */
export async function writeFormatFixture(dir: string, format: 1 | 2 | 3): Promise<void> {
  const created = '2025-03-01T10:00:00.000Z';
  const text = 'Токаев предложил создать рабочую группу ШОС по борьбе с терроризмом. Тукумов поддержал.';
  const tag = (id: string, name: string, kind: string, shortcut: string | null) =>
    format === 1
      ? { id, name, parent: null, color: '#e8a33d', description: '', shortcut }
      : { id, name, parent: null, color: '#e8a33d', description: '', shortcut, kind };
  const quote = (start: number, end: number) => ({
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
  });
  const annotation = (id: string, coderId: string, tagId: string, start: number, end: number, extra = {}) => ({
    id,
    documentId: 'doc-1',
    coderId,
    tagId,
    start,
    end,
    quote: quote(start, end),
    note: '',
    ...extra,
    created,
    modified: created,
  });
  await mkdir(join(dir, 'documents', 'doc-1'), { recursive: true });
  const file = (path: string, data: unknown) => writeFile(join(dir, path), `${JSON.stringify(data, null, 2)}\n`);
  await file('project.json', {
    schemaVersion: format,
    id: 'old-project',
    name: `Формат ${format}`,
    created,
    codebook: {
      tags: [
        tag('claim', 'Claim', 'statement', '1'),
        tag('proposal', 'Proposal', 'statement', '2'),
        tag('actor-mention', 'Actor mention', 'actor-mention', '3'),
        tag('frame', 'Frame', 'plain', null),
      ],
    },
    coders: [
      { id: 'coder-a', name: 'Айгерим' },
      { id: 'coder-b', name: 'Daniel' },
    ],
  });
  const actor = (id: string, name: string) => ({
    id,
    name,
    type: 'person',
    aliases: [],
    affiliations: [],
    notes: '',
    created,
    modified: created,
  });
  await file('actors.json', {
    schemaVersion: format,
    actors: [actor('actor-t', 'Касым-Жомарт Токаев'), actor('actor-k', 'Еркин Тукумов')],
    ...(format === 3
      ? { rejectedMentions: [{ id: 'rej-1', actorId: 'actor-k', documentId: 'doc-1', start: 69, exact: 'Тукумов' }] }
      : {}),
  });
  await file('documents/doc-1/document.json', {
    schemaVersion: format,
    document: {
      id: 'doc-1',
      title: 'Рабочая группа ШОС',
      metadata: { date: '08.09.2023' },
      created,
      textLength: text.length,
    },
  });
  await file('documents/doc-1/text.json', { schemaVersion: format, text, originalText: text });
  await file('documents/doc-1/annotations.json', {
    schemaVersion: format,
    documentId: 'doc-1',
    annotations: [
      annotation('a-1', 'coder-a', 'actor-mention', 0, 6, { actorId: 'actor-t' }),
      annotation('a-2', 'coder-a', 'proposal', 7, 68, { speakerId: 'actor-t', stance: 'supports' }),
      annotation('b-1', 'coder-b', 'claim', 7, 68, { speakerId: 'actor-t' }),
      annotation('b-2', 'coder-b', 'frame', 40, 68),
    ],
  });
  if (format === 3) {
    const link = (id: string, coderId: string, fromId: string, toId: string) => ({
      id,
      fromId,
      toId,
      typeId: 'elaborates',
      coderId,
      note: '',
      created,
      modified: created,
    });
    await file('links.json', {
      schemaVersion: 3,
      linkTypes: [{ id: 'elaborates', name: 'Elaborates', description: '', color: '#8a5a00' }],
      links: [link('l-a', 'coder-a', 'a-1', 'a-2'), link('l-b', 'coder-b', 'b-2', 'b-1')],
    });
    await file('concepts.json', {
      schemaVersion: 3,
      concepts: [{ id: 'sco-group', name: 'Рабочая группа ШОС', description: '', created, modified: created }],
    });
  }
}
