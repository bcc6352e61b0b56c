// argmap run in this process through main(argv, io): no Node start-up per call. A few tests
// (argmap.test.mjs's first, site-and-serve, the hostile and big-input suites) still spawn the
// real bin/argmap.js end to end.
import { main } from '../../dist/cli/main.js';

const root = new URL('../../', import.meta.url).pathname;
// The tests name files relative to the package, as a user in its folder would.
process.chdir(root);

/** Runs `argmap ...args` in-process: its exit code, and what it printed, a line ending each write as on a terminal. */
export async function argmap(...args) {
  const out = [];
  const err = [];
  const code = await main(args, { out: (text) => out.push(`${text}\n`), err: (text) => err.push(`${text}\n`) });
  return { code, out: out.join(''), err: err.join('') };
}
