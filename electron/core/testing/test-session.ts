import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Annotation } from '../../../shared/model/annotation.ts';
import type { Coder } from '../../../shared/model/coder.ts';
import type { CallName, CallResult, CallInput } from '../../../shared/ipc/index.ts';
import type { WriteFs } from '../fs/durable-write.ts';
import { createHandlers } from '../services/create-handlers.ts';
import { createDispatch } from '../services/dispatch.ts';
import { ProjectSession } from '../services/project-session.ts';
import { layerCoder, layout } from '../store/project-layout.ts';
import { testCoder } from './open-test-store.ts';
import { tempDir } from './temp-dir.ts';

export interface TestSession {
  dir: string;
  session: ProjectSession;
  /** Makes a contract call through the real dispatch; throws the failure's message. */
  call: <K extends CallName>(name: K, input: CallInput<K>) => Promise<CallResult<K>>;
  /** The failure of a call expected to fail: its code and message. */
  fail: (name: CallName, input: unknown) => Promise<{ code: string; message: string }>;
  /** The annotations of a document exactly as its layer files on disk hold them, in text order. */
  onDisk: (documentId: string) => Promise<Annotation[]>;
  close: () => Promise<void>;
}

/** A session driven through the real dispatch: what every test of the contract needs. */
export type SessionDriver = Pick<TestSession, 'session' | 'call' | 'fail'>;

/** Opens the project in `dir` as `coder` and drives it through the contract as the renderer does. */
export async function sessionDriver(dir: string, coder: Coder = testCoder, fs?: WriteFs): Promise<SessionDriver> {
  const session = new ProjectSession(coder, fs);
  await session.open(dir, { withSample: false });
  const dispatch = createDispatch(createHandlers(session), () => {});
  return {
    session,
    call: async (name, input) => {
      const envelope = await dispatch(name, input);
      if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
      return envelope.value as never;
    },
    fail: async (name, input) => {
      const envelope = await dispatch(name, input);
      if (envelope.ok) throw new Error(`${name} was expected to fail but succeeded`);
      return envelope.error;
    },
  };
}

/** A project in a temporary folder, driven through the contract as the renderer drives it. */
export async function openTestSession(fs?: WriteFs): Promise<TestSession> {
  const { dir, cleanup } = await tempDir();
  const driver = await sessionDriver(dir, testCoder, fs);
  const { session } = driver;
  return {
    dir,
    ...driver,
    onDisk: async (documentId) => {
      const all: Annotation[] = [];
      for (const name of await readdir(layout.documentDir(dir, documentId))) {
        if (!layerCoder(name, 'annotations')) continue;
        const raw = JSON.parse(await readFile(join(layout.documentDir(dir, documentId), name), 'utf8')) as {
          annotations: Annotation[];
        };
        all.push(...raw.annotations);
      }
      return all.sort((a, b) => a.start - b.start || a.end - b.end);
    },
    close: async () => {
      await session.close();
      await cleanup();
    },
  };
}
