import { parseArgs } from 'node:util';
import type { Diagnostic } from '../../model/diagnostic.js';
import { formatDiagnostic, hasErrors } from '../../model/diagnostic.js';
import type { ArgumentMap } from '../../model/types.js';
import { exportMap } from '../../interop/export-map.js';
import type { ExportFormat, MapFormat } from '../../interop/formats.js';
import { EXPORT_FORMATS, formatOfName, IMPORT_FORMATS, isExportFormat, isMapFormat } from '../../interop/formats.js';
import { type Command, summarize, writeOutput } from '../io.js';
import { readMap, UsageError } from '../read-inputs.js';

export const convert: Command = {
  usage: 'convert IN… --to FORMAT [--from FORMAT] [-o FILE]',
  summary: `convert a map; formats: ${IMPORT_FORMATS.join(', ')} (kialo is read only)`,
  help: {
    description: 'Reads a map in one format and writes it in another: Markdown (ours), JSON, Argdown, AIF; Kialo text exports are read only. The format is taken from --from/--to, or from the file\'s extension.',
    options: { '--to FORMAT': 'the format to write (or give -o FILE with its extension)', '--from FORMAT': 'the format to read, when the extension does not say', '-o, --output FILE': 'write to FILE instead of printing' },
    examples: ['argmap convert debate.argdown -o debate.md', 'argmap convert kialo-export.txt --from kialo --to markdown -o arguments/map.md', 'argmap convert arguments/ --to aif -o map.aif.json'],
  },
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { from: { type: 'string' }, to: { type: 'string' }, output: { type: 'string', short: 'o' } },
    });
    if (positionals.length === 0) throw new UsageError('convert needs a map to read: argmap convert IN --to FORMAT [-o FILE]');
    const from = values.from === undefined ? undefined : readableFormat(values.from);
    const to = writableFormat(values.to ?? outputFormat(values.output));
    const { map, diagnostics } = await readMap(positionals, from);
    for (const d of worthShowing(diagnostics, map)) io.err(formatDiagnostic(d));
    if (hasErrors(diagnostics)) {
      io.err(`argmap: not converted: ${summarize(diagnostics)}`);
      return 1;
    }
    const result = exportMap(map, to);
    if (!result.ok) {
      for (const problem of result.problems) io.err(formatDiagnostic(problem));
      io.err(`argmap: not converted: ${to} cannot hold this map as it is; nothing was written`);
      return 1;
    }
    writeOutput(result.text, values.output, io);
    return 0;
  },
};

function readableFormat(name: string): MapFormat {
  if (isMapFormat(name)) return name;
  throw new UsageError(`--from ${name}: not a format argmap reads; use one of ${IMPORT_FORMATS.join(', ')}`);
}

function writableFormat(name: string | undefined): ExportFormat {
  if (name === undefined) throw new UsageError(`convert needs --to FORMAT (${EXPORT_FORMATS.join(', ')}), or -o FILE with that format's extension`);
  if (isExportFormat(name)) return name;
  const why = name === 'kialo' ? 'kialo is read only: a Kialo tree cannot hold a map whose claims are shared' : 'not a format argmap writes';
  throw new UsageError(`--to ${name}: ${why}; use one of ${EXPORT_FORMATS.join(', ')}`);
}

/** `-o debate.argdown` says the format too; a name that says none needs `--to`. */
function outputFormat(file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  const format = formatOfName(file);
  if (typeof format === 'string' && isMapFormat(format)) return format;
  throw new UsageError(`-o ${file}: unknown format: the extension says none argmap writes; use --to FORMAT (${EXPORT_FORMATS.join(', ')})`);
}

/** A map imported from a tool without quotes would warn once per claim; one warning says it all. */
function worthShowing(diagnostics: readonly Diagnostic[], map: ArgumentMap): Diagnostic[] {
  const quoteless = map.claims.length > 0 && map.claims.every((c) => c.quotes.length === 0);
  if (!quoteless) return [...diagnostics];
  const first = diagnostics.find((d) => d.code === 'no-quote');
  const rest = diagnostics.filter((d) => d.code !== 'no-quote');
  return first ? [{ ...first, message: `none of the ${map.claims.length} claims has a quote (formats other than ours carry none)` }, ...rest] : rest;
}
