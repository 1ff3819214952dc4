// A clone in a process of its own (the open-files limit is the child's: git-fs.test.ts runs it under ulimit -n).
import { clone } from '../git-remote.ts';

const [url, dir] = process.argv.slice(2) as [string, string];
clone(url, dir).then(
  ({ commit }) => console.log(JSON.stringify({ commit })),
  (error: unknown) => {
    console.error(String((error as Error)?.message ?? error));
    process.exit(1);
  },
);
