import { parseArgs } from 'node:util';
import { formatDiagnostic, hasErrors } from '../../model/diagnostic.js';
import { assumptionProblems } from '../../model/semantics/assumptions.js';
import { bipolarFrameworkOfMap, dfquadStrengths, type Strengths } from '../../model/semantics/dfquad.js';
import { evidenceBaseScores } from '../../model/semantics/evidence-base.js';
import { evaluate as evaluateFramework, type Evaluation, SEMANTICS, type SemanticsName, STRENGTH_SEMANTICS, type StrengthSemanticsName } from '../../model/semantics/evaluate.js';
import { frameworkOfMap } from '../../model/semantics/framework.js';
import type { ArgumentMap } from '../../model/types.js';
import { type Command, mapPaths, summarize } from '../io.js';
import { readMap, UsageError } from '../read-inputs.js';

export const evaluate: Command = {
  usage: 'evaluate [paths…] [--semantics S] [--base B] [--reject ID…] [--concede ID…] [--json]',
  summary: 'label each claim in, out or undec (S grounded or preferred), or weigh it (S dfquad)',
  help: {
    description: 'Labels every claim in (it stands), out (it is defeated) or undec (undecided) by the attacks between claims, under grounded (sceptical, one answer) or preferred (credulous, every coherent position) semantics; or, with dfquad, weighs every claim from 0 to 1 by the strength of its attackers and its supporters. --reject and --concede fix claims first, to ask "what if".',
    options: {
      '--semantics S': 'grounded (default), preferred, or dfquad (strengths from attacks and supports)',
      '--base B': 'dfquad only: every claim\'s base score, a number from 0 to 1 (default 0.5), or "evidence": 0.25, raised by each independent source quoting the claim, by its kind',
      '--reject ID…': 'treat these claims as false (comma-separated or repeated)',
      '--concede ID…': 'treat these claims as true (comma-separated or repeated)',
      '--json': 'print the labels (or the strengths) as JSON',
    },
    examples: ['argmap evaluate', 'argmap evaluate --semantics preferred', 'argmap evaluate --semantics dfquad --base 0.6 --json', 'argmap evaluate --reject c3,c7 --json'],
  },
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        semantics: { type: 'string', default: 'grounded' },
        base: { type: 'string' },
        reject: { type: 'string', multiple: true, default: [] },
        concede: { type: 'string', multiple: true, default: [] },
        json: { type: 'boolean', default: false },
      },
    });
    const semantics = values.semantics as SemanticsName | StrengthSemanticsName;
    const weighed = (STRENGTH_SEMANTICS as readonly string[]).includes(semantics);
    if (!weighed && !(SEMANTICS as readonly string[]).includes(semantics)) {
      throw new UsageError(`--semantics is grounded, preferred or dfquad, not "${values.semantics}"`);
    }
    if (values.base !== undefined && !weighed) throw new UsageError('--base is for --semantics dfquad');
    const base = values.base === undefined ? 0.5 : values.base === 'evidence' ? 'evidence' : Number(values.base);
    if (typeof base === 'number' && (values.base?.trim() === '' || !(base >= 0 && base <= 1))) {
      throw new UsageError(`--base is a number from 0 to 1 or "evidence", not "${values.base}"`);
    }
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

    if (weighed) {
      const scores = base === 'evidence' ? evidenceBaseScores(map) : base;
      const weights = dfquadStrengths(bipolarFrameworkOfMap(map), { base: scores, rejected, conceded });
      if (!weights.converged) io.err(`argmap: the strengths of ${weights.cyclic.length} claims on cycles did not settle after ${weights.rounds} rounds; they are the last round's`);
      io.out(values.json ? JSON.stringify(strengthsJson(weights, base), null, 2) : strengthsText(weights, map, base));
      return 0;
    }
    const evaluation = evaluateFramework(framework, { semantics: semantics as SemanticsName, rejected, conceded });
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

function strengthsJson(weights: Strengths, base: number | 'evidence') {
  return {
    semantics: 'dfquad',
    base,
    strengths: Object.fromEntries(weights.strengths),
    ...(weights.cyclic.length > 0 ? { cyclic: weights.cyclic, converged: weights.converged, rounds: weights.rounds } : {}),
  };
}

/** One line per claim in map order, `strength  id  text`, then how the strengths were found. */
function strengthsText(weights: Strengths, map: ArgumentMap, base: number | 'evidence'): string {
  const width = map.claims.reduce((widest, c) => Math.max(widest, c.id.length), 0);
  const lines = [`${'strength'.padEnd(8)}  ${'claim'.padEnd(width)}  text`];
  for (const c of map.claims) lines.push(`${weights.strengths.get(c.id)!.toFixed(3).padStart(8)}  ${c.id.padEnd(width)}  ${c.text}`);
  const cycles = weights.cyclic.length === 0
    ? 'no cycles: exact'
    : `${weights.cyclic.length} claims on or below cycles, ${weights.converged ? 'settled' : 'not settled'} after ${weights.rounds} rounds`;
  const from = base === 'evidence' ? 'base scores from each claim\'s sources' : `base score ${base}`;
  lines.push('', `DF-QuAD strengths from ${from} (${cycles})`);
  return lines.join('\n');
}
