import { describe, expect, it } from 'vitest';
import { BundlePreviews } from './bundle-import-previews.ts';
import { testBundle } from './bundle-import-test-bundle.ts';

describe('BundlePreviews', () => {
  it('keeps a bundle under an id until it is discarded, then frees it once', async () => {
    const previews = new BundlePreviews();
    const bundle = testBundle({ coders: [], documents: [] });
    let freed = 0;
    const id = previews.keep(bundle, () => freed++);
    expect(previews.get(id)).toBe(bundle);
    expect(await previews.discard(id)).toBe(true);
    expect(await previews.discard(id)).toBe(false);
    expect(previews.get(id)).toBeNull();
    expect(bundle.closed).toBe(true);
    expect(freed).toBe(1);
  });

  it('a preview left open expires and frees its bundle', async () => {
    const previews = new BundlePreviews(20);
    const bundle = testBundle({ coders: [], documents: [] });
    const id = previews.keep(bundle);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(previews.get(id)).toBeNull();
    expect(bundle.closed).toBe(true);
    expect(previews.size).toBe(0);
  });
});
