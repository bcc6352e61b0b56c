// Argdown's twin of `argmap build`, as a whole process: read the debate, parse it, build the model and
// the map (statements and arguments as nodes and edges), as `argdown map` does before it writes a
// picture. Issue 19 compares our whole process with this one, on the twin debates `npm run gen` writes.
const { readFileSync } = require('node:fs');
const core = require('@argdown/core');

const app = new core.ArgdownApplication();
app.addPlugin(new core.ParserPlugin(), 'parse-input');
app.addPlugin(new core.ModelPlugin(), 'build-model');
app.addPlugin(new core.PreselectionPlugin(), 'build-map');
app.addPlugin(new core.StatementSelectionPlugin(), 'build-map');
app.addPlugin(new core.ArgumentSelectionPlugin(), 'build-map');
app.addPlugin(new core.MapPlugin(), 'build-map');
const response = app.run({ process: ['parse-input', 'build-model', 'build-map'], input: readFileSync(process.argv[2], 'utf8'), logLevel: 'error' });
if (response.lexerErrors?.length || response.parserErrors?.length || !response.map) {
  console.error('Argdown could not read the generated debate');
  process.exit(1);
}
console.log(`${response.map.nodes.length} nodes, ${response.map.edges.length} edges`);
