/**
 * Child process for the crash trials: opens the project in argv[2] and
 * makes one kind of multi-file change (argv[3]) and undoes it, over and
 * over, through the real contract, printing "ack N" after each step has
 * resolved. The parent kills it with SIGKILL at a random moment. With
 * kind "import" it adds documents one after another instead.
 */
import { randomUUID } from 'node:crypto';
import type { CallInput, CallName, CallResult } from '../../../shared/ipc/index.ts';
import { createHandlers } from '../services/create-handlers.ts';
import { createDispatch } from '../services/dispatch.ts';
import { ProjectSession } from '../services/project-session.ts';
import { projectFingerprint } from './crash-project.ts';
import { testCoder } from './open-test-store.ts';

const dir = process.argv[2] as string;
const kind = process.argv[3] as string;
// A stopped clock makes every change land on the same state, so the parent
// can tell "before" and "after" apart from anything in between by a hash.
const FROZEN = Date.parse('2026-06-01T12:00:00.000Z');
const RealDate = Date;
class FrozenDate extends RealDate {
  constructor(...args: [] | [string | number | Date]) {
    super(args.length === 0 ? FROZEN : args[0]);
  }
  static override now(): number {
    return FROZEN;
  }
}
globalThis.Date = FrozenDate as DateConstructor;
const session = new ProjectSession(testCoder);
await session.open(dir, { withSample: false });
const dispatch = createDispatch(createHandlers(session), () => {});
const call = async <K extends CallName>(name: K, input: CallInput<K>): Promise<CallResult<K>> => {
  const envelope = await dispatch(name, input);
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as CallResult<K>;
};

async function change(step: number): Promise<void> {
  switch (kind) {
    case 'editText': {
      const { text } = await call('getDocument', { documentId: 'doc-a' });
      const middle = Math.floor(text.length / 2);
      await call('editText', {
        documentId: 'doc-a',
        expectedLength: text.length,
        changes: [
          { from: 0, to: 0, insert: 'Вставка в начало. ' },
          { from: middle, to: middle + 40, insert: 'замена' },
        ],
      });
      return;
    }
    case 'mergeTags':
      await call('mergeTags', { fromId: 'claim', intoId: 'proposal' });
      return;
    case 'deleteTag':
      await call('deleteTag', { tagId: 'claim', deleteAnnotations: true });
      return;
    case 'mergeActors':
      await call('mergeActors', { fromId: 'actor-a', intoId: 'actor-b' });
      return;
    case 'deleteLinkType':
      await call('deleteLinkType', { typeId: 'cites', moveTo: 'supports' });
      return;
    case 'updateDocuments':
      await call('updateDocuments', {
        documentIds: ['doc-a', 'doc-b', 'doc-c', 'doc-d'],
        metadata: { source: 'Источник' },
      });
      return;
    case 'deleteDocuments':
      // The long document and a short one: texts, layers and links of both go, and come back on undo.
      await call('deleteDocuments', { documentIds: ['doc-a', 'doc-c'] });
      return;
    case 'import':
      await call('addDocument', { title: `Импорт ${step} ${randomUUID()}`, text: `Текст ${step}. `.repeat(2_000) });
      return;
    default:
      throw new Error(`unknown kind ${kind}`);
  }
}

process.stdout.write('ready\n');
for (let step = 0; step < 10_000; step++) {
  if (kind === 'import' || step % 2 === 0) await change(step);
  else await call('undo', {});
  // The states the project alternates between, for the parent to compare with.
  const hash = step < 2 && kind !== 'import' ? ` ${await projectFingerprint(session.store)}` : '';
  process.stdout.write(`ack ${step}${hash}\n`);
}
await session.close();
process.stdout.write('done\n');
