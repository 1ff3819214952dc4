import { describe, expect, it } from 'vitest';
import type { StoreProblem } from '../../../../shared/ipc/project-info.ts';
import { readOnlyProblemsOf } from './read-only-problems.ts';

const problem = (file: string, readOnly: boolean): StoreProblem => ({
  file,
  kind: readOnly ? 'unreadable' : 'invalid-json',
  message: file,
  text: { key: 'problems:missing', params: { file } },
  setAsideAs: readOnly ? null : `${file}.damaged`,
  readOnly,
});

describe('readOnlyProblemsOf', () => {
  it('keeps the read-only files of that document only', () => {
    const problems = [
      problem('documents/doc-1/annotations.c.json', true),
      problem('documents/doc-1/text.json', false),
      problem('documents/doc-10/text.json', true),
      problem('project.json', true),
    ];
    expect(readOnlyProblemsOf(problems, 'doc-1').map((p) => p.file)).toEqual(['documents/doc-1/annotations.c.json']);
  });
});
