import { describe, expect, it } from 'vitest';
import { ActorMergeError, planActorMerge } from '../actors/merge-actors.ts';
import { rangeProblem } from '../anchoring/text-range.ts';
import { textChangeProblem } from '../anchoring/text-change.ts';
import { parseCodebookFile } from '../codebook/codebook-file.ts';
import { CodebookError } from '../codebook/codebook-error.ts';
import { addTag, planMerge } from '../codebook/codebook-edits.ts';
import { shortcutProblem } from '../codebook/shortcuts.ts';
import { inEnglish } from '../i18n/in-english.ts';
import type { Actor } from '../model/actor.ts';
import { defaultCodebook } from '../model/codebook.ts';
import { translator } from './i18n.ts';
import { because, type Message } from './message.ts';
import { wordMessage } from './word.ts';

const ru = translator('ru');
const inRussian = (text: Message) => wordMessage(ru, text);
const { tags } = defaultCodebook();

function refusal(run: () => unknown): Message {
  try {
    run();
  } catch (error) {
    if (error instanceof CodebookError || error instanceof ActorMergeError) return error.text;
    throw error;
  }
  throw new Error('not refused');
}

const actor = (id: string, name: string): Actor => ({
  id,
  name,
  type: 'organization',
  aliases: [],
  affiliations: [],
  notes: '',
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
});

describe('the reasons shared code gives', () => {
  it('read in Russian, with no English nested', () => {
    const edit = refusal(() => planMerge(tags, 'proposal', 'proposal'));
    expect(inRussian(edit)).toBe('Тег «Proposal» нельзя слить с самим собой.');

    const file = parseCodebookFile('');
    if (file.ok) throw new Error('parsed');
    expect(inRussian(because('errors:codebookNotImportedBecause', file.text))).toBe(
      'Этот кодбук нельзя импортировать: Файл пуст.',
    );

    expect(inRussian(shortcutProblem(tags, null, 's')!)).toBe('Клавиша «s» занята: выбор говорящего.');

    const merge = refusal(() => planActorMerge([actor('knb', 'КНБ')], [], 'knb', 'knb', '2026-01-02T00:00:00.000Z'));
    expect(inRussian(merge)).toBe('Актора «knb» нельзя слить с самим собой.');

    const range = because('errors:cannotAnnotateBecause', rangeProblem('ШОС', 0, 9)!, { start: 0, end: 9 });
    expect(inRussian(range)).toBe('Нельзя аннотировать символы 0–9: конец (9) за концом текста (3).');
  });

  it('nest a reason in a reason, in both languages', () => {
    const twice = [...tags, { ...tags[1]!, id: 'twin' }];
    const file = parseCodebookFile(
      JSON.stringify({
        format: 'glossator-codebook',
        version: 1,
        name: 'X',
        exported: '2026-01-01T00:00:00.000Z',
        tags: twice,
      }),
    );
    if (file.ok) throw new Error('parsed');
    expect(file.message).toBe(
      'The codebook file cannot be used: “Threat assessment” and “Threat assessment” both have the shortcut “4”.',
    );
    expect(inRussian(file.text)).toBe(
      'Файл кодбука непригоден: У «Threat assessment» и «Threat assessment» одна и та же клавиша «4».',
    );
    const changes = textChangeProblem('ШОС', [
      { from: 0, to: 1, insert: 'а' },
      { from: 2, to: 1, insert: '' },
    ])!;
    const correction = because('errors:textCorrectionBecause', changes);
    expect(inEnglish(correction)).toBe('The text correction cannot be applied: change 2: from (2) is after to (1).');
    expect(inRussian(correction)).toBe('Правку текста нельзя применить: правка 2: from (2) больше to (1).');
    const long = refusal(() => addTag(tags, { id: 'x', name: 'y'.repeat(5000), parent: null, color: '#123456' }));
    expect(inEnglish(long)).toBe('Name is too long: at most 200 characters.');
    expect(inRussian(long)).toBe('Поле «Название» слишком длинное: не больше 200 символов.');
  });
});
