import gracefulFs from 'graceful-fs';

/**
 * The file system isomorphic-git is given: node:fs behind graceful-fs, which queues an open refused with EMFILE
 * instead of failing. isomorphic-git's checkout opens every file of the tree at once: a clone of 10,000
 * documents (40,000 files) failed with "too many open files" at a limit of 20,000, and a Mac's default is 256.
 */
export const gitFs: typeof import('node:fs') = gracefulFs as unknown as typeof import('node:fs');
