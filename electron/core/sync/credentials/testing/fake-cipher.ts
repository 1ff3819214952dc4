import type { CredentialCipher } from '../credential-vault.ts';

const magic = Buffer.from('FAKE1');

/**
 * A reversible stand-in for safeStorage: a header, then the text's bytes XORed, so neither tokens nor names
 * appear in the file in clear; bytes without the header do not decrypt (like another keyring's).
 */
export function fakeCipher(options: { available?: () => boolean } = {}): CredentialCipher & { encrypted: number } {
  const cipher = {
    encrypted: 0,
    encrypt(text: string) {
      cipher.encrypted++;
      const bytes = Buffer.from(text, 'utf8').map((b) => b ^ 0xa5);
      return Buffer.concat([magic, bytes]);
    },
    decrypt(data: Buffer) {
      if (!data.subarray(0, magic.length).equals(magic)) throw new Error('not this cipher');
      return Buffer.from(data.subarray(magic.length).map((b) => b ^ 0xa5)).toString('utf8');
    },
    available: options.available ?? (() => true),
    unavailableReason: () => 'no-keyring',
  };
  return cipher;
}
