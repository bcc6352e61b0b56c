import { parseArgs } from 'node:util';
import { caseMarkdown } from '../../model/case/case-markdown.js';
import { buildCase, CASE_SIDES, type CaseSide } from '../../model/case/build-case.js';
import { type Diagnostic, formatDiagnostic, hasErrors } from '../../model/diagnostic.js';
import { MapIndex } from '../../model/queries.js';
import { formatSize, writeFileAtomic } from '../atomic-write.js';
import { type Command, mapPaths, summarize, writeOutput } from '../io.js';
import { refuseMapAsOutput } from '../map-output-guard.js';
import { readMap, readSourceTexts, UsageError } from '../read-inputs.js';
import { sourcesFolder } from '../sources-folder.js';

const FORMATS = ['markdown', 'docx'] as const;
type BriefFormat = (typeof FORMATS)[number];

export const brief: Command = {
  usage: 'brief [paths…] --claim ID --side for|against [--format markdown|docx] [--sources DIR] [-o FILE]',
  summary: 'write the case for or against a claim, with evidence cards, as Markdown or a Word file',
  help: {
    description: 'Writes a debate brief: the case for or against one claim, its supporting arguments with evidence cards (quote and citation), and the answers to the other side\'s attacks. As Markdown, or as a Word file in the shape of a Verbatim file (paragraph styles Pocket, Hat, Block, Tag, Cite), each card holding the paragraph of the source around its quote, the quoted words underlined and highlighted.',
    options: {
      '--claim ID': 'the claim to argue, usually a thread\'s thesis',
      '--side for|against': 'which side to argue',
      '--format F': 'markdown (default) or docx (needs -o; the default when FILE ends in .docx)',
      '--sources DIR': 'docx: the source texts, for the paragraph around each quote (default: sources/ beside the map)',
      '-o, --output FILE': 'write to FILE instead of printing',
    },
    examples: [
      'argmap brief --claim thesis --side for',
      'argmap brief arguments/ --claim sanctions --side against -o against.md',
      'argmap brief arguments/ --claim sanctions --side against --sources sources/ -o against.docx',
    ],
  },
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        claim: { type: 'string' }, side: { type: 'string' }, output: { type: 'string', short: 'o' },
        format: { type: 'string' }, sources: { type: 'string' },
      },
    });
    if (values.claim === undefined) throw new UsageError('brief needs --claim ID: the claim to argue, usually a thread\'s thesis');
    if (!CASE_SIDES.includes(values.side as CaseSide)) {
      throw new UsageError(`brief needs --side for or --side against${values.side === undefined ? '' : `, not "${values.side}"`}`);
    }
    const format = (values.format ?? (values.output?.toLowerCase().endsWith('.docx') ? 'docx' : 'markdown')) as BriefFormat;
    if (!FORMATS.includes(format)) throw new UsageError(`--format is markdown or docx, not "${values.format}"`);
    if (format === 'docx' && values.output === undefined) throw new UsageError('--format docx writes a file: add -o FILE.docx');

    refuseMapAsOutput(values.output, mapPaths(positionals), 'brief');
    const { map, diagnostics } = await readMap(mapPaths(positionals));
    if (hasErrors(diagnostics)) {
      for (const d of diagnostics) io.err(formatDiagnostic(d));
      io.err(`argmap: no brief: the map has ${summarize(diagnostics)}`);
      return 1;
    }
    const result = buildCase(new MapIndex(map), values.claim, values.side as CaseSide);
    if (!result.ok) throw new UsageError(result.message, 1);
    if (format === 'markdown') {
      writeOutput(caseMarkdown(result.case), values.output, io);
      return 0;
    }

    const folder = sourcesFolder(mapPaths(positionals), values.sources);
    const problems: Diagnostic[] = [];
    const texts = folder === undefined ? new Map<string, string>() : readSourceTexts(folder, problems);
    for (const d of problems) io.err(formatDiagnostic(d));
    // Loaded only here: the docx library is the largest thing the CLI carries.
    const { caseDocx } = await import('../../model/case/case-docx.js');
    const docx = await caseDocx(result.case, { texts });
    const file = values.output!;
    try {
      writeFileAtomic(file, docx.bytes);
    } catch (error) {
      throw new UsageError(`${file}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 1);
    }
    const context = folder === undefined
      ? 'no source texts (pass --sources DIR): every card holds its quote alone'
      : `${docx.withContext} of ${docx.cards} cards with the source's paragraph around the quote`;
    io.err(`wrote ${file} (${formatSize(docx.bytes.length)}); ${context}`);
    return 0;
  },
};
