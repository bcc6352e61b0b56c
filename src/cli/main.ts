import { brief } from './commands/brief.js';
import { build } from './commands/build.js';
import { check } from './commands/check.js';
import { convert } from './commands/convert.js';
import { coverage } from './commands/coverage.js';
import { evaluate } from './commands/evaluate.js';
import { init } from './commands/init.js';
import { serve } from './commands/serve.js';
import { site } from './commands/site.js';
import type { Command, Io } from './io.js';
import { UsageError } from './read-inputs.js';

export type { Io } from './io.js';

/** Every sub-command; a new one is a file in commands/ and a line here. */
const COMMANDS: Record<string, Command> = { check, build, brief, evaluate, convert, init, coverage, site, serve };

function usage(): string {
  const width = Math.max(...Object.values(COMMANDS).map((c) => c.usage.length));
  const lines = Object.values(COMMANDS).map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`);
  return `usage: argmap <command> [paths…] [options]\n\ncommands:\n${lines.join('\n')}\n\n` +
    'paths default to arguments/; each may be a folder, a Markdown map, the JSON that build writes, an Argdown file,\n' +
    'a Kialo .txt export or AIF JSON.\n' +
    'Exit codes: 0 no errors, 1 errors in the map or its files, 2 bad usage.';
}

/** Runs one `argmap` command and resolves to its exit code. Never rejects. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  try {
    if (!command) throw new UsageError(`unknown command "${name}"\n${usage()}`);
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`argmap: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`argmap: ${error.message}\n${usage()}`);
      return 2;
    }
    io.err(`argmap: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 70;
  }
}
