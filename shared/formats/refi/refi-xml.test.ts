import { describe, expect, it } from 'vitest';
import { attribute, refiDateTime, textElement, xmlAttribute, xmlText } from './refi-xml.ts';

describe('xml escaping', () => {
  it('escapes markup in content and attributes', () => {
    expect(xmlText('a < b & "c" > \'d\'')).toBe('a &lt; b &amp; "c" &gt; \'d\'');
    expect(xmlAttribute('a < b & "c" > \'d\'')).toBe('a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos;');
  });

  it('keeps line ends and tabs of attributes and CR anywhere as references, so a parser gives them back', () => {
    expect(xmlAttribute('a\nb\tc\r\nd')).toBe('a&#10;b&#9;c&#13;&#10;d');
    expect(xmlText('a\nb\tc\r\nd')).toBe('a\nb\tc&#13;\nd');
  });

  it('replaces each character XML 1.0 cannot hold by U+FFFD, one for one, and keeps emoji', () => {
    expect(xmlText('x\u0000y\u0007z\u001f\uFFFE\uFFFF')).toBe('x\uFFFDy\uFFFDz\uFFFD\uFFFD\uFFFD');
    expect(xmlAttribute('lone \uD83D and \uDE00, pair 🙂')).toBe('lone \uFFFD and \uFFFD, pair 🙂');
    expect(xmlText('Русский текст 🌍')).toBe('Русский текст 🌍');
  });

  it('writes an attribute or element only when there is a value', () => {
    expect(attribute('name', undefined)).toBe('');
    expect(attribute('n', 3)).toBe(' n="3"');
    expect(textElement('Description', '')).toBe('');
    expect(textElement('Description', '<b>')).toBe('<Description>&lt;b&gt;</Description>');
  });
});

describe('refiDateTime', () => {
  it('gives whole seconds in UTC', () => {
    expect(refiDateTime('2026-11-30T11:30:15.250Z')).toBe('2026-11-30T11:30:15Z');
    expect(refiDateTime('2026-11-30T14:30:15+03:00')).toBe('2026-11-30T11:30:15Z');
  });
});
