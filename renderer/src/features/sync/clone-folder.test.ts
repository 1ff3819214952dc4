import { describe, expect, it } from 'vitest';
import { repositoryName, suggestCloneFolder } from './clone-folder.ts';

describe('the folder suggested for a clone', () => {
  it('is a sibling of the open project named after the repository', () => {
    expect(suggestCloneFolder('/home/anna/projects/mine', 'https://git.example.org/team/policy-texts.git')).toBe(
      '/home/anna/projects/policy-texts',
    );
    expect(suggestCloneFolder('/home/anna/projects/mine/', 'https://git.example.org/team/corpus/')).toBe(
      '/home/anna/projects/corpus',
    );
  });

  it('keeps Windows separators and Cyrillic names (percent-encoded in the address)', () => {
    const url = 'https://git.example.org/team/%D0%9F%D1%80%D0%BE%D0%B5%D0%BA%D1%82.git';
    expect(suggestCloneFolder('C:\\Users\\anna\\mine', url)).toBe('C:\\Users\\anna\\Проект');
  });

  it('goes to the root for a project at the root', () => {
    expect(suggestCloneFolder('/mine', 'https://h.org/t/p.git')).toBe('/p');
  });

  it('is empty while the address names no repository yet', () => {
    expect(suggestCloneFolder('/home/anna/mine', '')).toBe('');
    expect(suggestCloneFolder('/home/anna/mine', 'https://git.example.org')).toBe('');
    expect(suggestCloneFolder('/home/anna/mine', 'https://git.example.org/')).toBe('');
    expect(suggestCloneFolder('/home/anna/mine', 'https://git.example.org/team/.git')).toBe('');
  });
});

describe("a repository's name in its address", () => {
  it('drops the query, .git in any case, and characters no folder may hold', () => {
    expect(repositoryName('https://h.org/team/Texts.GIT?ref=main#x')).toBe('Texts');
    expect(repositoryName('https://h.org/team/a%3Ab%7Cc')).toBe('a-b-c');
    expect(repositoryName('https://h.org/team/bad%ZZname')).toBe('bad%ZZname');
  });
});
