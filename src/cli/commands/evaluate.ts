import { parseArgs } from 'node:util';
import { formatDiagnostic, hasErrors } from '../../model/diagnostic.js';
import { assumptionProblems } from '../../model/semantics/assumptions.js';
import { evaluate as evaluateFramework, type Evaluation, SEMANTICS, type SemanticsName } from '../../model/semantics/evaluate.js';
import { frameworkOfMap } from '../../model/semantics/framework.js';
import type { ArgumentMap } from '../../model/types.js';
import { type Command, mapPaths, summarize } from '../io.js';
import { readMap, UsageError } from '../read-inputs.js';

export const evaluate: Command = {
  usage: 'evaluate [paths…] [--semantics S] [--reject ID…] [--concede ID…] [--json]',
  summary: 'label each claim in, out or undec; S is grounded (default) or preferred',
  help: {
    description: 'Labels every claim in (it stands), out (it is defeated) or undec (undecided) by the attacks between claims, under grounded (sceptical, one answer) or preferred (credulous, every coherent position) semantics; --reject and --concede fix claims first, to ask "what if".',
    options: {
      '--semantics S': 'grounded (default) or preferred',
      '--reject ID…': 'treat these claims as false (comma-separated or repeated)',
      '--concede ID…': 'treat these claims as true (comma-separated or repeated)',
      '--json': 'print the labels as JSON',
    },
    examples: ['argmap evaluate', 'argmap evaluate --semantics preferred', 'argmap evaluate --reject c3,c7 --json'],
  },
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        semantics: { type: 'string', default: 'grounded' },
        reject: { type: 'string', multiple: true, default: [] },
        concede: { type: 'string', multiple: true, default: [] },
        json: { type: 'boolean', default: false },
      },
    });
    const semantics = values.semantics as SemanticsName;
    if (!SEMANTICS.includes(semantics)) throw new UsageError(`--semantics is grounded or preferred, not "${values.semantics}"`);
    // `--reject a,b` and `--reject a --reject b` both work.
    const ids = (list: string[]) => list.flatMap((v) => v.split(',')).map((id) => id.trim()).filter(Boolean);
    const rejected = ids(values.reject);
    const conceded = ids(values.concede);

    const { map, diagnostics } = await readMap(mapPaths(positionals));
    if (hasErrors(diagnostics)) {
      for (const d of diagnostics) io.err(formatDiagnostic(d));
      io.err(`argmap: not evaluated: the map has ${summarize(diagnostics)}`);
      return 1;
    }
    const framework = frameworkOfMap(map);
    const problems = assumptionProblems(framework, { rejected, conceded });
    const unknown = problems.find((p) => p.code === 'unknown-claim');
    if (unknown) throw new UsageError(unknown.message, 1);
    if (problems.length > 0) throw new UsageError(problems[0].message);

    const evaluation = evaluateFramework(framework, { semantics, rejected, conceded });
    if (evaluation.skipped) io.err(`argmap: preferred extensions skipped: ${evaluation.skipped}; the labels are grounded`);
    io.out(values.json ? JSON.stringify(asJson(evaluation), null, 2) : asText(evaluation, map));
    return 0;
  },
};

function asJson(evaluation: Evaluation) {
  return {
    semantics: evaluation.semantics,
    labels: Object.fromEntries(evaluation.labels),
    ...(evaluation.semantics === 'preferred' ? { extensions: evaluation.extensions ?? null } : {}),
    ...(evaluation.skipped ? { skipped: evaluation.skipped } : {}),
  };
}

/** One line per claim, `label  id  text`, then the counts and any preferred extensions. */
function asText(evaluation: Evaluation, map: ArgumentMap): string {
  const width = map.claims.reduce((widest, c) => Math.max(widest, c.id.length), 0);
  const lines = map.claims.map((c) => `${evaluation.labels.get(c.id)!.padEnd(5)}  ${c.id.padEnd(width)}  ${c.text}`);
  const counts = (['in', 'out', 'undec'] as const).map((label) => `${[...evaluation.labels.values()].filter((l) => l === label).length} ${label}`);
  lines.push('', `${counts.join(', ')} (${evaluation.semantics}${evaluation.skipped ? ', skipped: grounded labels' : ''})`);
  evaluation.extensions?.forEach((extension, i) => lines.push(`preferred extension ${i + 1}: ${extension.length ? extension.join(', ') : '(empty)'}`));
  return lines.join('\n');
}
