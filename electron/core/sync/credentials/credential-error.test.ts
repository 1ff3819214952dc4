import { describe, expect, it } from 'vitest';
import { en } from '../../../../shared/i18n/catalogs/en/index.ts';
import { credentialErrorCodes } from './credential-error.ts';

describe('credential error codes', () => {
  it('each has its words in the sync catalog', () => {
    const keys = Object.keys(en.sync);
    for (const code of credentialErrorCodes) expect(keys, code).toContain(`credentials-${code}`);
  });

  it('each reason cipher-unavailable gives has its words too', () => {
    for (const reason of ['no-keyring', 'no-encryption', 'unavailable', 'encrypt-failed']) {
      expect(Object.keys(en.sync), reason).toContain(`reason-${reason}`);
    }
  });
});
