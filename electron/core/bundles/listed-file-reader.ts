import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { message } from '../../../shared/i18n/message.ts';
import { checkBundleRecord, parseBundleJson } from '../../../shared/formats/bundle/bundle-json.ts';
import { BundleProblem } from '../../../shared/formats/bundle/bundle-problem.ts';
import { decodeBundleText } from '../../../shared/formats/bundle/bundle-text.ts';
import type { ListedFile } from '../../../shared/formats/bundle/check-listing.ts';
import type { ZipArchive } from './zip-reader.ts';

/**
 * Reads the files a manifest lists, each exactly as listed: never more
 * than its kind's cap inflated (the zip reader refuses past it), then the
 * listed size and SHA-256 of what came out. Every read checks again, so a
 * file read a second time (a document opened lazily) is the file that was
 * checked the first time.
 */
export class ListedFileReader {
  constructor(private readonly zip: ZipArchive) {}

  async bytes({ file, spec }: ListedFile): Promise<Buffer> {
    const data = await this.zip.read(file.path, spec.maxBytes);
    if (data.length !== file.bytes) {
      throw new BundleProblem(
        message('bundles:sizeDiffers', { file: file.path, listed: file.bytes, actual: data.length }),
      );
    }
    if (createHash('sha256').update(data).digest('hex') !== file.sha256) {
      throw new BundleProblem(message('bundles:hashDiffers', { file: file.path }));
    }
    return data;
  }

  /** A UTF-8 text file. */
  async text(listed: ListedFile): Promise<string> {
    return utf8(listed.file.path, await this.bytes(listed));
  }

  /** A JSON file, parsed without prototype keys and checked with `schema`. */
  async json<S extends z.ZodType>(listed: ListedFile, schema: S): Promise<z.output<S>> {
    const path = listed.file.path;
    let text: string;
    try {
      text = utf8(path, await this.bytes(listed));
    } catch (error) {
      // Not UTF-8 is, for a JSON file, not JSON.
      if (error instanceof BundleProblem && error.text.key === 'bundles:textNotUtf8') {
        throw new BundleProblem(message('bundles:badJson', { file: path }));
      }
      throw error;
    }
    return checkBundleRecord(path, schema, parseBundleJson(path, text));
  }

  /**
   * A JSON file read again after `json` checked it with its schema: the same
   * bytes (its size and SHA-256 are checked again, as on every read) parse to
   * the same checked value, so the schema is not run a second time — on
   * 50,000 annotations that second run was a second of a re-import.
   */
  async checkedJson<T>(listed: ListedFile): Promise<T> {
    const path = listed.file.path;
    return parseBundleJson(path, utf8(path, await this.bytes(listed))) as T;
  }
}

/**
 * The bytes as a string, refused unless they are UTF-8: Node's own check and
 * decoder (several times faster than a fatal TextDecoder on 10,000 texts,
 * and keeping a byte-order mark as a character, as the bundle's texts need),
 * with the shared decoder's refusal.
 */
function utf8(file: string, bytes: Buffer): string {
  return isUtf8(bytes) ? bytes.toString('utf8') : decodeBundleText(file, bytes);
}
