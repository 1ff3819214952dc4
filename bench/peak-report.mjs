// Loaded with `node --import` into a process the bundle benchmarks run: at exit it writes the process's peak
// memory (MB) to the file named by GLOSSATOR_BENCH_PEAK, so the built CLI is measured as users run it.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.GLOSSATOR_BENCH_PEAK;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS / 1024));
});
