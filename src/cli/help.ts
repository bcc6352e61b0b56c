// The words `argmap help` prints: the overview, one command's page, and lines wrapped to the terminal.

/** A command's help page, kept beside the command's own options in commands/*.ts. */
export interface CommandHelp {
  /** What the command does, in a sentence or three. */
  description: string;
  /** Each option as it is written on the command line (`--sources DIR`), with what it does. */
  options: Readonly<Record<string, string>>;
  /** Whole command lines a user can copy. */
  examples: readonly string[];
}

/** What help needs to know of a command (a subset of `Command`). */
export interface HelpedCommand {
  usage: string;
  summary: string;
  help?: CommandHelp;
}

export const DEFAULT_COLUMNS = 80;
const NARROWEST = 40;

/** `text` broken at spaces into lines of at most `width` characters, each but the first indented by `indent`. */
export function wrap(text: string, width: number, indent = 0): string {
  const room = Math.max(width - indent, 20);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    if (line !== '' && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

/**
 * Two columns, a term and its explanation, the explanation wrapped beside the term; when the terminal
 * is too narrow for that, or a term too long, the explanation goes under the term instead.
 */
export function definitionList(rows: ReadonlyArray<readonly [string, string]>, width: number): string {
  const termWidth = Math.min(Math.max(...rows.map(([term]) => term.length)), Math.floor(width / 2.5));
  const besideAt = 2 + termWidth + 2;
  return rows.map(([term, text]) => {
    if (term.length <= termWidth && width - besideAt >= 30) return `  ${term.padEnd(termWidth)}  ${wrap(text, width, besideAt)}`;
    return `  ${term}\n      ${wrap(text, width, 6)}`;
  }).join('\n');
}

/** The usable width of a terminal `columns` wide (80 when unknown, e.g. output piped to a file). */
export function helpWidth(columns: number | undefined): number {
  return Math.max(columns && columns > 0 ? columns : DEFAULT_COLUMNS, NARROWEST) - 1;
}

/** `argmap help`: every command with its summary. */
export function overview(commands: ReadonlyMap<string, HelpedCommand>, columns: number | undefined): string {
  const width = helpWidth(columns);
  const rows = [...commands].map(([name, c]) => [name, c.summary] as const);
  return [
    'usage: argmap <command> [paths…] [options]',
    '       argmap help <command> | argmap --version',
    '',
    'commands:',
    definitionList(rows, width),
    '',
    wrap('paths default to arguments/; each may be a folder, a Markdown map, the JSON that build writes, an Argdown file, a Kialo .txt export or AIF JSON.', width),
    wrap('"argmap help COMMAND" (or "argmap COMMAND --help") shows what a command takes, its options and examples.', width),
    wrap('Exit codes: 0 no errors, 1 errors in the map or its files, 2 bad usage.', width),
  ].join('\n');
}

/** `argmap help NAME`: what one command does, its options and examples. */
export function commandPage(command: HelpedCommand, columns: number | undefined): string {
  const width = helpWidth(columns);
  const parts = [wrap(`usage: argmap ${command.usage}`, width, 7), '', wrap(command.help?.description ?? command.summary, width)];
  const options = Object.entries(command.help?.options ?? {});
  if (options.length > 0) parts.push('', 'options:', definitionList(options, width));
  const examples = command.help?.examples ?? [];
  if (examples.length > 0) parts.push('', 'examples:', ...examples.map((line) => `  ${wrap(line, width, 4)}`));
  parts.push('', 'Run "argmap help" for the other commands.');
  return parts.join('\n');
}
