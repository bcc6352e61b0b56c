import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brief } from './commands/brief.js';
import { flow } from './commands/flow.js';
import { build } from './commands/build.js';
import { check } from './commands/check.js';
import { collab } from './commands/collab.js';
import { convert } from './commands/convert.js';
import { coverage } from './commands/coverage.js';
import { evaluate } from './commands/evaluate.js';
import { init } from './commands/init.js';
import { serve } from './commands/serve.js';
import { site } from './commands/site.js';
import { commandPage, overview } from './help.js';
import type { Command, Io } from './io.js';
import { packageRoot } from './package-root.js';
import { UsageError } from './read-inputs.js';
import { nearest } from './suggest.js';

export type { Io } from './io.js';

/** Every sub-command; a new one is a file in commands/ and a line here. */
const COMMANDS = new Map<string, Command>(Object.entries({ check, build, brief, flow, evaluate, convert, init, coverage, site, serve, collab }));

const HELP_FLAGS = new Set(['-h', '--help']);
const VERSION_FLAGS = new Set(['-v', '--version']);

/** Runs one `argmap` command and resolves to its exit code. Never rejects. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.out(overview(COMMANDS, io.columns));
    return 2;
  }
  if (HELP_FLAGS.has(name) || name === 'help') return help(name === 'help' ? rest[0] : undefined, io);
  if (VERSION_FLAGS.has(name)) {
    io.out(`argument-map ${packageVersion()}`);
    return 0;
  }
  const command = COMMANDS.get(name);
  if (!command) return usageError(`unknown command "${name}"${didYouMean(name, [...COMMANDS.keys()], (c) => `"${c}"`)}\nRun "argmap help" for the list of commands.`, io);
  if (beforeDoubleDash(rest).some((arg) => HELP_FLAGS.has(arg))) return help(name, io);
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`argmap: ${error.message}`);
      return error.exitCode;
    }
    const problem = argumentProblem(error, command);
    if (problem !== undefined) return usageError(`${name}: ${problem}\nRun "argmap help ${name}" for its options.`, io);
    io.err(`argmap: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 70;
  }
}

/** `argmap help [NAME]`: the overview, or one command's page. */
function help(name: string | undefined, io: Io): number {
  if (name === undefined) {
    io.out(overview(COMMANDS, io.columns));
    return 0;
  }
  const command = COMMANDS.get(name);
  if (!command) return usageError(`no help on "${name}": not a command${didYouMean(name, [...COMMANDS.keys()], (c) => `"${c}"`)}\nRun "argmap help" for the list of commands.`, io);
  io.out(commandPage(command, io.columns));
  return 0;
}

function usageError(message: string, io: Io): number {
  io.err(`argmap: ${message}`);
  return 2;
}

function beforeDoubleDash(args: readonly string[]): readonly string[] {
  const end = args.indexOf('--');
  return end === -1 ? args : args.slice(0, end);
}

/** `; did you mean …?` when `typed` is a near miss of one of `known`, else nothing. */
function didYouMean(typed: string, known: readonly string[], show: (word: string) => string): string {
  const suggestion = nearest(typed, known);
  return suggestion === undefined ? '' : `; did you mean ${show(suggestion)}?`;
}

/** The flags a command's help lists (`-o, --output FILE` gives -o and --output), and --help. */
function flagsOf(command: Command): string[] {
  const written = Object.keys(command.help?.options ?? {}).flatMap((option) => option.match(/(?<![\w-])--?[\w-]+/g) ?? []);
  return [...written, '--help'];
}

/** node:util parseArgs's complaint about a command line, said in argmap's words; undefined for any other error. */
function argumentProblem(error: unknown, command: Command): string | undefined {
  if (!(error instanceof TypeError) || !('code' in error)) return undefined;
  const message = error.message;
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const flag = /'([^']+)'/.exec(message)?.[1] ?? message;
      return `unknown option ${flag}${didYouMean(flag, flagsOf(command), (f) => f)}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return message.replace(/^\w/, (first) => first.toLowerCase());
    default:
      return undefined;
  }
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
