import type { UnitRule } from '../../../../shared/agreement/agreement-types.ts';
import type { Translate } from '../../../../shared/i18n/i18n.ts';
import type { Language } from '../../../../shared/i18n/languages.ts';
import { formatNumber } from '../../../../shared/library/format-date.ts';

/** How units were formed, in a few words ("overlap ≥ 0.5", "any overlap", "same span"). */
export function ruleWords(rule: UnitRule, t: Translate, language: Language): string {
  if (rule.mode === 'exact') return t('compare:ruleExactShort');
  if (rule.threshold === 0) return t('compare:ruleAnyOverlap');
  return t('compare:ruleOverlapShort', { threshold: formatNumber(rule.threshold, language) });
}
