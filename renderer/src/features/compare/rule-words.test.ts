import { describe, expect, it } from 'vitest';
import { english } from '../../ui/english.ts';
import { ruleWords } from './rule-words.ts';

describe('ruleWords', () => {
  it('words each rule', () => {
    const t = english();
    expect(ruleWords({ mode: 'exact', threshold: 0.5 }, t, 'en')).toBe('same span');
    expect(ruleWords({ mode: 'overlap', threshold: 0 }, t, 'en')).toBe('any overlap');
    expect(ruleWords({ mode: 'overlap', threshold: 0.5 }, t, 'ru')).toBe('overlap ≥ 0,5');
  });
});
