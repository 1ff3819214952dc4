import { describe, expect, it } from 'vitest';
import { agreement as en } from './en/agreement.ts';
import { agreement as ru } from './ru/agreement.ts';

// The per-tag figures are binary over every unit of the report (agreement/unit-figures.ts), while the
// table's Units column counts only the units where some coder used the tag: the hint must say both.
describe('the per-tag hint says what the figures and the Units column are over', () => {
  it('English', () => {
    expect(en.perTagHint).toContain('every unit');
    expect(en.perTagHint).toContain(`${en['col-units']} column`);
    expect(en.perTagHint).not.toMatch(/^[^.]*over the units where some coder used it\.$/);
  });

  it('Russian', () => {
    expect(ru.perTagHint).toContain('по всем единицам');
    expect(ru.perTagHint).toContain(`«${ru['col-units']}»`);
  });
});
