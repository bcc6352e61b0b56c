import { parseArgs } from 'node:util';
import { formatDiagnostic, hasErrors } from '../../model/diagnostic.js';
import { mapJsonText, PRETTY_JSON_CLAIMS } from '../../model/to-json.js';
import { computeStoredLayout, withPositions } from '../../graph/stored-layout.js';
import { type Command, mapPaths, summarize, writeOutput } from '../io.js';
import { readMap } from '../read-inputs.js';

export const build: Command = {
  usage: 'build [paths…] [-o FILE] [--layout] [--pretty]',
  summary: `write the map as JSON (stdout by default); --layout adds claim positions; indented up to ${PRETTY_JSON_CLAIMS.toLocaleString('en')} claims, or always with --pretty`,
  help: {
    description: 'Writes the checked map as one JSON file, the format <argument-map src="…"> loads fastest; refuses a map with errors.',
    options: { '-o, --output FILE': 'write to FILE instead of printing', '--layout': 'store each claim\'s position, so a big map draws without laying itself out', '--pretty': `indent the JSON (the default up to ${PRETTY_JSON_CLAIMS.toLocaleString('en')} claims; bigger maps are written on one line)` },
    examples: ['argmap build -o map.json', 'argmap build arguments/ --layout -o public/map.json'],
  },
  async run(args, io) {
    const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { output: { type: 'string', short: 'o' }, layout: { type: 'boolean' }, pretty: { type: 'boolean' } } });
    const { map, diagnostics } = await readMap(mapPaths(positionals));
    for (const d of diagnostics) io.err(formatDiagnostic(d));
    if (hasErrors(diagnostics)) {
      io.err(`argmap: not built: ${summarize(diagnostics)}`);
      return 1;
    }
    // Big maps open faster with the layout done here: the element then draws at once.
    const built = values.layout ? withPositions(map, computeStoredLayout(map)) : map;
    // Serialised once, straight from the model: no copy of the map, no second pass.
    writeOutput(`${mapJsonText(built, values.pretty || undefined)}\n`, values.output, io);
    return 0;
  },
};
