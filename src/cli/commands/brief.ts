import { parseArgs } from 'node:util';
import { caseMarkdown } from '../../model/case/case-markdown.js';
import { buildCase, CASE_SIDES, type CaseSide } from '../../model/case/build-case.js';
import { formatDiagnostic, hasErrors } from '../../model/diagnostic.js';
import { MapIndex } from '../../model/queries.js';
import { type Command, mapPaths, summarize, writeOutput } from '../io.js';
import { readMap, UsageError } from '../read-inputs.js';

export const brief: Command = {
  usage: 'brief [paths…] --claim ID --side for|against [-o FILE]',
  summary: 'write the case for or against a claim, with evidence cards, as Markdown',
  help: {
    description: 'Writes a debate brief as Markdown: the case for or against one claim, its supporting arguments with evidence cards (quote and citation), and the answers to the other side\'s attacks.',
    options: { '--claim ID': 'the claim to argue, usually a thread\'s thesis', '--side for|against': 'which side to argue', '-o, --output FILE': 'write to FILE instead of printing' },
    examples: ['argmap brief --claim thesis --side for', 'argmap brief arguments/ --claim sanctions --side against -o against.md'],
  },
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { claim: { type: 'string' }, side: { type: 'string' }, output: { type: 'string', short: 'o' } },
    });
    if (values.claim === undefined) throw new UsageError('brief needs --claim ID: the claim to argue, usually a thread\'s thesis');
    if (!CASE_SIDES.includes(values.side as CaseSide)) {
      throw new UsageError(`brief needs --side for or --side against${values.side === undefined ? '' : `, not "${values.side}"`}`);
    }
    const { map, diagnostics } = await readMap(mapPaths(positionals));
    if (hasErrors(diagnostics)) {
      for (const d of diagnostics) io.err(formatDiagnostic(d));
      io.err(`argmap: no brief: the map has ${summarize(diagnostics)}`);
      return 1;
    }
    const result = buildCase(new MapIndex(map), values.claim, values.side as CaseSide);
    if (!result.ok) throw new UsageError(result.message, 1);
    writeOutput(caseMarkdown(result.case), values.output, io);
    return 0;
  },
};
