import { parseArgs } from 'node:util';
import { addDiagnostics, formatDiagnostic, hasErrors } from '../../model/diagnostic.js';
import { sortDiagnostics } from '../../parse/parse-map.js';
import { verifyQuotes } from '../../verify/verify-quotes.js';
import { type Command, mapPaths, summarize } from '../io.js';
import { readMap, readSourceTexts } from '../read-inputs.js';
import { sourcesFolder } from '../sources-folder.js';

export const check: Command = {
  usage: 'check [paths…] [--sources DIR]',
  summary: 'check the map, and its quotes against the source texts in DIR (default: sources/ beside the map)',
  help: {
    description: 'Reads the map (Markdown files, or any format argmap reads), reports every problem as file:line:col with what to fix, and checks that each quote appears word for word in its source text. Exits 1 when there are errors.',
    options: { '--sources DIR': 'the folder of source texts the quotes are checked against (default: sources/ beside the map, when there is one)' },
    examples: ['argmap check', 'argmap check arguments/ --sources sources/', 'argmap check debate.md'],
  },
  async run(args, io) {
    const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { sources: { type: 'string' } } });
    const paths = mapPaths(positionals);
    const { map, diagnostics } = await readMap(paths);
    const sources = sourcesFolder(paths, values.sources);
    const cited = new Set(map.sources.flatMap((s) => (s.file === undefined ? [] : [s.file])));
    if (sources !== undefined) addDiagnostics(diagnostics, verifyQuotes(map, readSourceTexts(sources, diagnostics, cited)));
    sortDiagnostics(diagnostics);
    for (const d of diagnostics) io.out(formatDiagnostic(d));
    const quotes = map.claims.reduce((n, c) => n + c.quotes.length, 0);
    const checked = sources === undefined ? 'quotes not checked: pass --sources DIR'
      : values.sources === undefined ? `quotes checked against their sources in ${sources}` : 'quotes checked against their sources';
    io.out(`${summarize(diagnostics)} in ${map.claims.length} claims, ${map.relations.length} relations, ${quotes} quotes, ${map.sources.length} sources (${checked})`);
    return hasErrors(diagnostics) ? 1 : 0;
  },
};
