import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Coder } from '../../../shared/model/coder.ts';
import { ProjectStore } from '../../core/store/project-store.ts';
import { tempDir } from '../../core/testing/temp-dir.ts';
import { openTestSession, type TestSession } from '../../core/testing/test-session.ts';
import { runCli } from '../run-cli.ts';

/** One CLI run in the C locale with its settings in `configDir` (each settings folder is another coder): its exit code and what it printed. */
export async function runCliIn(
  configDir: string,
  argv: readonly string[],
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...argv, '--config', configDir], {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    env: { LANG: 'C' },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Where a span stands in the document's text. */
interface Span {
  start: number;
  end: number;
}

/**
 * Project A (a test session, closed for the CLI to open): one document with a
 * claim and a proposal that it supports; a work folder; in it, an empty
 * project `b` of `coderB`.
 */
export async function projectsAandB(
  document: { title: string; text: string; claim: Span; proposal: Span },
  coderB: Coder,
): Promise<{ a: TestSession; work: { dir: string; cleanup: () => Promise<void> }; projectB: string }> {
  const a = await openTestSession();
  const work = await tempDir();
  const doc = await a.call('addDocument', { title: document.title, text: document.text });
  const claim = await a.call('createAnnotation', { documentId: doc.id, tagId: 'claim', ...document.claim });
  const proposal = await a.call('createAnnotation', { documentId: doc.id, tagId: 'proposal', ...document.proposal });
  await a.call('createLink', { fromId: claim.id, toId: proposal.id, typeId: 'supports' });
  await a.session.close();
  const projectB = join(work.dir, 'b');
  await mkdir(projectB);
  await (await ProjectStore.open(projectB, { coder: coderB })).close();
  return { a, work, projectB };
}
