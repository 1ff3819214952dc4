import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/in-english.ts';
import type { Tag } from '../model/codebook.ts';
import { codebookProblem as codebookProblemCode } from './codebook-problem.ts';

/** codebookProblem's reason in English (the tests compare the wording), or null. */
function codebookProblem(...args: Parameters<typeof codebookProblemCode>): string | null {
  const problem = codebookProblemCode(...args);
  return problem && inEnglish(problem);
}

function tag(id: string, parent: string | null, extra: Partial<Tag> = {}): Tag {
  return {
    id,
    name: id.toUpperCase(),
    parent,
    color: '#123456',
    description: '',
    shortcut: null,
    kind: 'plain',
    ...extra,
  };
}

describe('codebookProblem', () => {
  it('accepts a well-formed tree', () => {
    expect(codebookProblem([tag('a', null), tag('b', 'a'), tag('c', 'b', { shortcut: 'x' })])).toBeNull();
    expect(codebookProblem([])).toBeNull();
  });
  it('finds duplicate ids', () => {
    expect(codebookProblem([tag('a', null), tag('a', null, { name: 'Other' })])).toBe(
      'Two tags have the id “a” (“A” and “Other”).',
    );
  });
  it('finds a parent that does not exist', () => {
    expect(codebookProblem([tag('a', 'ghost')])).toBe(
      'The tag “A” has the parent “ghost”, which is not in the codebook.',
    );
  });
  it('finds a cycle of parents, also one hanging below a sound tag', () => {
    expect(codebookProblem([tag('r', null), tag('a', 'c'), tag('b', 'a'), tag('c', 'b')])).toBe(
      'The parents of these tags go round in a circle: A › B › C › A.',
    );
    expect(codebookProblem([tag('self', 'self')])).toBe('The parents of these tags go round in a circle: SELF › SELF.');
  });
  it('finds two tags on one shortcut', () => {
    expect(codebookProblem([tag('a', null, { shortcut: '4' }), tag('b', 'a', { shortcut: '4' })])).toBe(
      '“A” and “B” both have the shortcut “4”.',
    );
  });
  it('finds siblings with the same name, ignoring case', () => {
    expect(codebookProblem([tag('a', null), tag('b', 'a', { name: 'X' }), tag('c', 'a', { name: 'x ' })])).toBe(
      'Two sub-tags of “A” are both named “x ”.',
    );
    expect(codebookProblem([tag('a', null, { name: 'Same' }), tag('b', null, { name: 'SAME' })])).toBe(
      'Two top-level tags are both named “SAME”.',
    );
    expect(codebookProblem([tag('a', null), tag('b', 'a', { name: 'X' }), tag('c', null, { name: 'X' })])).toBeNull();
  });
});
