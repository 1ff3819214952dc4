import { message } from '../../i18n/message.ts';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from './bundle-contents.ts';
import { checkBundleRecord, parseBundleJson } from './bundle-json.ts';
import { type BundleManifest, BundleManifestSchema } from './bundle-manifest.ts';
import { MANIFEST_PATH } from './bundle-paths.ts';
import { BundleProblem } from './bundle-problem.ts';
import { BUNDLE_TEXT_RULE } from './bundle-text-rule.ts';

/**
 * Reads manifest.json. Its format name and version are looked at before
 * the rest, so that another program's manifest and a newer Glossator's
 * (whose shape this one cannot know) each get their own message rather
 * than "does not hold what it should".
 */
export function parseManifest(text: string): BundleManifest {
  const raw = parseBundleJson(MANIFEST_PATH, text);
  const head = (typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
  if (head.format !== BUNDLE_FORMAT) throw new BundleProblem(message('bundles:notGlossator'));
  const version = head.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > BUNDLE_FORMAT_VERSION) {
    throw new BundleProblem(message('bundles:newerFormat', { version, supported: BUNDLE_FORMAT_VERSION }));
  }
  if (version !== BUNDLE_FORMAT_VERSION) {
    throw new BundleProblem(message('bundles:unknownFormatVersion', { version: String(version).slice(0, 40) }));
  }
  const manifest = checkBundleRecord(MANIFEST_PATH, BundleManifestSchema, raw);
  const { normalisation, offsetUnit } = manifest.text;
  if (normalisation !== BUNDLE_TEXT_RULE.normalisation || offsetUnit !== BUNDLE_TEXT_RULE.offsetUnit) {
    throw new BundleProblem(message('bundles:otherTextRule', { normalisation, offsetUnit }));
  }
  return manifest;
}
