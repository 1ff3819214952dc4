import { describe, expect, it } from 'vitest';
import { ReasonSchema } from '../../../../../shared/curation/curation-types.ts';
import { emptyReason, reasonToSend, toggleQuick } from './reason.ts';

describe('reason', () => {
  it('sends nothing without words or a quick reason', () => {
    expect(reasonToSend(emptyReason)).toBeNull();
    expect(reasonToSend({ text: '   \n', quick: [] })).toBeNull();
    expect(reasonToSend({ text: '', quick: [' '] })).toBeNull();
  });

  it('sends the words trimmed, or the quick reasons alone, as the schema takes them', () => {
    const a = reasonToSend({ text: '  граница: всё предложение ', quick: [] });
    expect(a).toEqual({ text: 'граница: всё предложение', quickReasons: [] });
    const b = reasonToSend({ text: '', quick: ['codebook rule 3'] });
    expect(b).toEqual({ text: '', quickReasons: ['codebook rule 3'] });
    expect(ReasonSchema.safeParse(a).success).toBe(true);
    expect(ReasonSchema.safeParse(b).success).toBe(true);
  });

  it('ticks and unticks quick reasons, keeping the order of ticking', () => {
    let d = toggleQuick(emptyReason, 'rule 3');
    d = toggleQuick(d, 'boundary');
    expect(d.quick).toEqual(['rule 3', 'boundary']);
    d = toggleQuick(d, 'rule 3');
    expect(d.quick).toEqual(['boundary']);
    expect(emptyReason.quick).toEqual([]);
  });
});
