// The Node flags `npm run cli` runs a command with (scripts/cli.mjs; the benchmarks measure the CLI with them).
// A larger young generation for every command but clone: an import of 10,000 documents allocates briefly and
// much, and spent a second in collections with Node's default; a clone holds a whole pack and checks out tens of
// thousands of files, and the larger young generation only raised its peak memory.
export function nodeFlagsFor(command) {
  return command === 'clone' ? [] : ['--max-semi-space-size=32'];
}
