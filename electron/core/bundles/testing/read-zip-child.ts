import { openSync } from 'node:fs';

/**
 * A child process for a test that watches the system calls of reading zips
 * (under strace): opens each archive given, reads every entry, prints what
 * happened. Two failed opens of marker paths frame the reading, so the
 * loading of the code before it (tsx writes its cache) is told apart.
 */
function mark(name: string): void {
  try {
    openSync(`/.glossator-trace-${name}`, 'r');
  } catch {
    // The marker path does not exist: only the system call matters.
  }
}

const { openZip } = await import('../zip-reader.ts');
mark('start');
for (const path of process.argv.slice(2)) {
  try {
    const archive = await openZip(path);
    for (const { name } of archive.entries()) await archive.read(name);
    await archive.close();
    console.log(`${path}: read`);
  } catch (error) {
    console.log(`${path}: ${(error as { text?: { key: string } }).text?.key ?? String(error)}`);
  }
}
mark('end');
