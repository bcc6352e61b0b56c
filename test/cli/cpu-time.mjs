// Preloaded (`node --import`) by big-hostile.test.mjs: writes the processor time the process
// used, in microseconds, to the file ARGMAP_CPU_FILE names when it exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.ARGMAP_CPU_FILE) writeFileSync(process.env.ARGMAP_CPU_FILE, JSON.stringify(process.cpuUsage()));
});
