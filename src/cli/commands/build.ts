import { parseArgs } from 'node:util';
import { formatDiagnostic, hasErrors } from '../../model/diagnostic.js';
import { mapToJson } from '../../model/to-json.js';
import { parseMap } from '../../parse/parse-map.js';
import { type Command, mapPaths, summarize, writeOutput } from '../io.js';
import { readMapFiles } from '../read-inputs.js';

export const build: Command = {
  usage: 'build [paths…] [-o FILE]',
  summary: 'write the map as JSON (stdout by default)',
  run(args, io) {
    const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { output: { type: 'string', short: 'o' } } });
    const { map, diagnostics } = parseMap(readMapFiles(mapPaths(positionals)));
    for (const d of diagnostics) io.err(formatDiagnostic(d));
    if (hasErrors(diagnostics)) {
      io.err(`argmap: not built: ${summarize(diagnostics)}`);
      return 1;
    }
    writeOutput(`${JSON.stringify(mapToJson(map), null, 2)}\n`, values.output, io);
    return 0;
  },
};
