import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp-dir.ts';
import { folderForNewProject } from './new-project-folder.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir()));
afterAll(() => cleanup());

describe('the folder chosen for a new project', () => {
  it('is free when it does not exist yet, is empty, or holds only what a file manager leaves', async () => {
    expect(await folderForNewProject(join(dir, 'new', 'deeper'))).toBe('free');
    await mkdir(join(dir, 'empty'));
    expect(await folderForNewProject(join(dir, 'empty'))).toBe('free');
    await mkdir(join(dir, 'shown'));
    await writeFile(join(dir, 'shown', '.DS_Store'), '');
    expect(await folderForNewProject(join(dir, 'shown'))).toBe('free');
  });

  it('holds a project when it has a project.json', async () => {
    await mkdir(join(dir, 'project', 'documents'), { recursive: true });
    await writeFile(join(dir, 'project', 'project.json'), '{}');
    expect(await folderForNewProject(join(dir, 'project'))).toBe('project');
  });

  it('is taken when it holds anything else, a hidden file too', async () => {
    await mkdir(join(dir, 'papers'));
    await writeFile(join(dir, 'papers', 'notes.txt'), 'mine');
    expect(await folderForNewProject(join(dir, 'papers'))).toBe('taken');
    await mkdir(join(dir, 'repo', '.git'), { recursive: true });
    expect(await folderForNewProject(join(dir, 'repo'))).toBe('taken');
  });
});
