// Node half of `npm run bench`: our parse + validate against Argdown's parse + model.
import { createRequire } from 'node:module';
import { importTs } from './import-ts.mjs';
import { timed } from './stats.mjs';

const require = createRequire(import.meta.url);

/** Our parser (src/parse/parse-map.ts, bundled as scripts/build-cli.mjs does) and Argdown's. */
export async function loadParsers() {
  const { parseMap } = await importTs('src/parse/parse-map.ts');
  const { ArgdownApplication, ParserPlugin, ModelPlugin, DataPlugin } = require('@argdown/core');
  const argdown = (withData) => {
    const app = new ArgdownApplication();
    app.addPlugin(new ParserPlugin(), 'parse-input');
    if (withData) app.addPlugin(new DataPlugin(), 'build-model');
    app.addPlugin(new ModelPlugin(), 'build-model');
    return (input) => {
      const response = app.run({ input, process: ['parse-input', 'build-model'], logLevel: 'error' });
      if (response.lexerErrors?.length || response.parserErrors?.length) throw new Error('Argdown could not parse the generated debate');
      return response;
    };
  };
  return {
    ours: (text) => {
      const { map, diagnostics } = parseMap([{ name: 'debate.md', text }]);
      if (diagnostics.some((d) => d.severity === 'error')) throw new Error(`our parser found errors: ${diagnostics[0].message}`);
      return map;
    },
    argdown: argdown(false),
    argdownWithData: argdown(true),
  };
}

/** Parsing is quick next to a browser run: it gets more runs, for a steadier median. */
export const PARSE_RUNS = 11;

/**
 * Medians of `runs` runs after a warm-up, for each parser on its own twin of the debate, one
 * parser's runs after the other's; a parser whose first run alone takes over
 * `budgetMs / (runs + 1)` is skipped.
 */
export function timeParsers(parsers, { markdown, argdown }, { runs = PARSE_RUNS, budgetMs }) {
  return {
    ours: timed(() => parsers.ours(markdown), { runs, budgetMs }),
    argdown: timed(() => parsers.argdown(argdown), { runs, budgetMs }),
    argdownWithData: timed(() => parsers.argdownWithData(argdown), { runs, budgetMs }),
  };
}
