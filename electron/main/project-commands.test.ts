import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type ProjectSession, sessionForShell } from '../core/index.ts';
import { tempDir } from '../core/testing/temp-dir.ts';
import { translator } from '../../shared/i18n/i18n.ts';
import { projectCommands } from './project-commands.ts';
import type { createFakeElectron } from './testing/fake-electron.ts';

const fake = vi.hoisted(() => ({ current: null as ReturnType<typeof createFakeElectron> | null }));
vi.mock('electron', async () => {
  const { createFakeElectron } = await import('./testing/fake-electron.ts');
  fake.current = createFakeElectron();
  return { ...fake.current.module, default: fake.current.module };
});

let root: string;
let cleanup: () => Promise<void>;
let projects: ProjectSession;
let commands: ReturnType<typeof projectCommands>;
let electron: ReturnType<typeof createFakeElectron>;

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir());
  projects = await sessionForShell(join(root, 'config'));
  await projects.open(join(root, 'first'), { withSample: false });
  electron = fake.current!;
  const BrowserWindow = electron.module.BrowserWindow as new (options: object) => never;
  commands = projectCommands(new BrowserWindow({}), projects, () => translator('en'));
});
afterAll(async () => {
  await projects.close();
  await cleanup();
});

const openPath = () => projects.store.info().path;
const reloads = () => electron.calls.filter((c) => c === 'reload').length;
const errors = () => electron.calls.filter((c) => c.startsWith('error '));

describe('File → New Project…', () => {
  it('asks for a new folder, creates an empty project there and reloads the window on it', async () => {
    const before = reloads();
    electron.answerDialogs({ canceled: false, filePath: join(root, 'fresh') });
    await commands.newProject();
    expect(electron.dialogs.at(-1)).toMatchObject({ kind: 'save', options: { properties: ['createDirectory'] } });
    expect(existsSync(join(root, 'fresh', 'project.json'))).toBe(true);
    expect(projects.store.info()).toMatchObject({ path: join(root, 'fresh'), name: 'fresh', documentCount: 0 });
    expect(reloads()).toBe(before + 1);
    expect(errors()).toEqual([]);
  });

  it('takes an empty folder that already exists', async () => {
    await mkdir(join(root, 'made-before'));
    electron.answerDialogs({ canceled: false, filePath: join(root, 'made-before') });
    await commands.newProject();
    expect(openPath()).toBe(join(root, 'made-before'));
    expect(existsSync(join(root, 'made-before', 'project.json'))).toBe(true);
  });

  it('refuses a folder that holds other files, saying why, and stays on the open project', async () => {
    await mkdir(join(root, 'papers'));
    await writeFile(join(root, 'papers', 'notes.txt'), 'mine');
    const [before, reloadsBefore] = [openPath(), reloads()];
    electron.answerDialogs({ canceled: false, filePath: join(root, 'papers') });
    await commands.newProject();
    expect(errors().at(-1)).toContain(`Glossator cannot create a project here: ${join(root, 'papers')} already holds`);
    expect(errors().at(-1)).toContain('File → Open Project Folder…');
    expect(existsSync(join(root, 'papers', 'project.json'))).toBe(false);
    expect([openPath(), reloads()]).toEqual([before, reloadsBefore]);
  });

  it('opens a folder that already holds a project as it is', async () => {
    electron.answerDialogs({ canceled: false, filePath: join(root, 'first') });
    await commands.newProject();
    expect(openPath()).toBe(join(root, 'first'));
  });

  it('does nothing when the dialog is cancelled', async () => {
    const [before, reloadsBefore, errorsBefore] = [openPath(), reloads(), errors().length];
    await commands.newProject();
    expect([openPath(), reloads(), errors().length]).toEqual([before, reloadsBefore, errorsBefore]);
  });

  it('shows why a path that cannot hold a project is refused', async () => {
    await writeFile(join(root, 'a-file'), 'not a folder');
    electron.answerDialogs({ canceled: false, filePath: join(root, 'a-file') });
    await commands.newProject();
    expect(errors().at(-1)).toMatch(/^error Glossator cannot create a project here: .*a-file is a file, not a folder/);
  });
});

describe('File → Open Project Folder…', () => {
  it('opens the folder chosen and reloads the window on it', async () => {
    const before = reloads();
    electron.answerDialogs({ canceled: false, filePaths: [join(root, 'fresh')] });
    await commands.openProject();
    expect(electron.dialogs.at(-1)?.kind).toBe('open');
    expect(openPath()).toBe(join(root, 'fresh'));
    expect(reloads()).toBe(before + 1);
  });
});
