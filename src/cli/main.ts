import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Diagnostic } from '../model/diagnostic.js';
import { formatDiagnostic, hasErrors } from '../model/diagnostic.js';
import { mapToJson } from '../model/to-json.js';
import { parseMap, sortDiagnostics } from '../parse/parse-map.js';
import { verifyQuotes } from '../verify/verify-quotes.js';
import { readMapFiles, readSourceTexts, UsageError } from './read-inputs.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const USAGE = `usage: argmap <command> [paths…] [options]

commands:
  check [paths…] [--sources DIR]   check the map (and its quotes, given the source texts)
  build [paths…] [-o FILE]         write the map as JSON (stdout by default)

paths default to arguments/. Exit codes: 0 no errors, 1 errors in the map, 2 bad usage.`;

/** Runs one `argmap` command and returns its exit code. */
export function main(argv: readonly string[], io: Io): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return check(rest, io);
      case 'build':
        return build(rest, io);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"\n${USAGE}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`argmap: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`argmap: ${error.message}\n${USAGE}`);
      return 2;
    }
    io.err(`argmap: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 70;
  }
}

function check(args: readonly string[], io: Io): number {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { sources: { type: 'string' } } });
  const { map, diagnostics } = parseMap(readMapFiles(paths(positionals)));
  if (values.sources !== undefined) diagnostics.push(...verifyQuotes(map, readSourceTexts(values.sources)));
  sortDiagnostics(diagnostics);
  for (const d of diagnostics) io.out(formatDiagnostic(d));
  const quotes = map.claims.reduce((n, c) => n + c.quotes.length, 0);
  const checked = values.sources === undefined ? 'quotes not checked: pass --sources DIR' : 'quotes checked against their sources';
  io.out(`${summary(diagnostics)} in ${map.claims.length} claims, ${map.relations.length} relations, ${quotes} quotes, ${map.sources.length} sources (${checked})`);
  return hasErrors(diagnostics) ? 1 : 0;
}

function build(args: readonly string[], io: Io): number {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { output: { type: 'string', short: 'o' } } });
  const { map, diagnostics } = parseMap(readMapFiles(paths(positionals)));
  for (const d of diagnostics) io.err(formatDiagnostic(d));
  if (hasErrors(diagnostics)) {
    io.err(`argmap: not built: ${summary(diagnostics)}`);
    return 1;
  }
  const json = `${JSON.stringify(mapToJson(map), null, 2)}\n`;
  if (values.output === undefined) io.out(json.trimEnd());
  else {
    try {
      writeFileSync(values.output, json);
    } catch (error) {
      throw new UsageError(`${values.output}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 1);
    }
  }
  return 0;
}

function paths(positionals: string[]): string[] {
  return positionals.length > 0 ? positionals : ['arguments/'];
}

function summary(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}
