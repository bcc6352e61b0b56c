import { parseArgs } from 'node:util';
import { buildCase, CASE_SIDES, type CaseSide } from '../../model/case/build-case.js';
import { formatDiagnostic, hasErrors } from '../../model/diagnostic.js';
import { DEBATE_FORMATS, debateFormat } from '../../model/flow/debate-formats.js';
import { flowMarkdown } from '../../model/flow/flow-markdown.js';
import { flowSheet } from '../../model/flow/flow-sheet.js';
import { MapIndex } from '../../model/queries.js';
import { formatSize, writeFileAtomic } from '../atomic-write.js';
import { type Command, mapPaths, summarize, writeOutput } from '../io.js';
import { refuseMapAsOutput } from '../map-output-guard.js';
import { readMap, UsageError } from '../read-inputs.js';

const FORMAT_IDS = DEBATE_FORMATS.map((f) => f.id).join(', ');

export const flow: Command = {
  usage: 'flow [paths…] --claim ID --side for|against [--format pf|pf-con-first|policy|ld|bp|wsdc] [-o FILE.xlsx|FILE.md]',
  summary: 'lay the case out as a flow sheet for a debate format, as an .xlsx workbook or Markdown tables',
  help: {
    description: 'Writes a debater\'s flow sheet: a page for each side\'s case, the format\'s speeches as columns, our case in our first speech, their attacks where they speak next, our answers in our next speech, and blank cells for the round. An -o FILE ending in .xlsx writes an Excel workbook (a worksheet a page, frozen header row, wrapped cells, landscape); otherwise Markdown tables.',
    options: {
      '--claim ID': 'the claim debated, usually a thread\'s thesis',
      '--side for|against': 'our side',
      '--format F': `the debate format: ${FORMAT_IDS} (default pf)`,
      '-o, --output FILE': 'write to FILE (.xlsx: a workbook) instead of printing Markdown',
    },
    examples: [
      'argmap flow --claim thesis --side against --format policy',
      'argmap flow arguments/ --claim sanctions-thesis --side for --format wsdc -o flow.xlsx',
    ],
  },
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { claim: { type: 'string' }, side: { type: 'string' }, format: { type: 'string' }, output: { type: 'string', short: 'o' } },
    });
    if (values.claim === undefined) throw new UsageError('flow needs --claim ID: the claim debated, usually a thread\'s thesis');
    if (!CASE_SIDES.includes(values.side as CaseSide)) {
      throw new UsageError(`flow needs --side for or --side against${values.side === undefined ? '' : `, not "${values.side}"`}`);
    }
    const format = debateFormat(values.format ?? 'pf');
    if (!format) throw new UsageError(`--format is one of ${FORMAT_IDS}, not "${values.format}"`);

    refuseMapAsOutput(values.output, mapPaths(positionals), 'flow');
    const { map, diagnostics } = await readMap(mapPaths(positionals));
    if (hasErrors(diagnostics)) {
      for (const d of diagnostics) io.err(formatDiagnostic(d));
      io.err(`argmap: no flow: the map has ${summarize(diagnostics)}`);
      return 1;
    }
    const result = buildCase(new MapIndex(map), values.claim, values.side as CaseSide);
    if (!result.ok) throw new UsageError(result.message, 1);
    const sheet = flowSheet(result.case, format);
    const file = values.output;
    if (!file?.toLowerCase().endsWith('.xlsx')) {
      writeOutput(flowMarkdown(sheet), file, io);
      return 0;
    }
    // Loaded only here: exceljs is large, and no other command needs it.
    const { flowXlsx } = await import('../../model/flow/flow-xlsx.js');
    const bytes = await flowXlsx(sheet);
    try {
      writeFileAtomic(file, bytes);
    } catch (error) {
      throw new UsageError(`${file}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 1);
    }
    io.err(`wrote ${file} (${formatSize(bytes.length)}); ${format.name}, ${sheet.pages.length} pages`);
    return 0;
  },
};
