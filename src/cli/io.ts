import type { Diagnostic } from '../model/diagnostic.js';
import { formatSize, writeFileAtomic } from './atomic-write.js';
import type { CommandHelp } from './help.js';
import { UsageError } from './read-inputs.js';

/** Where a command prints; tests pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** The terminal's width, for wrapping help (80 when unknown). */
  columns?: number;
}

/** One `argmap` sub-command: parses its own arguments, returns its exit code (or a promise of it). */
export interface Command {
  /** One line for the usage text, e.g. `check [paths…] [--sources DIR]`. */
  usage: string;
  summary: string;
  /** The page `argmap help NAME` prints. */
  help?: CommandHelp;
  run(args: readonly string[], io: Io): number | Promise<number>;
}

/** Map paths from the command line; the shipped map's folder by default. */
export function mapPaths(positionals: readonly string[]): string[] {
  return positionals.length > 0 ? [...positionals] : ['arguments/'];
}

export function summarize(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}

/**
 * Writes `text` to `file` atomically (the old file stays whole until the new one is complete),
 * and says so on stderr; or prints it to stdout when there is no file.
 */
export function writeOutput(text: string, file: string | undefined, io: Io): void {
  if (file === undefined) {
    io.out(text.replace(/\n$/, ''));
    return;
  }
  const bytes = Buffer.from(text);
  try {
    writeFileAtomic(file, bytes);
  } catch (error) {
    throw new UsageError(`${file}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 1);
  }
  io.err(`wrote ${file} (${formatSize(bytes.length)})`);
}
