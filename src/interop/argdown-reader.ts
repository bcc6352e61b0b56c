import type { ParseResult } from '../parse/parse-markdown.js';

/** Reads one Argdown file into our map (`importArgdown`). */
export type ArgdownReader = (text: string, fileName: string) => ParseResult;

let provided: ArgdownReader | undefined;

/**
 * Makes the Argdown reader available without loading it on demand. `argument-map/argdown` calls
 * this: a bundled page imports that entry to read Argdown, since the published modules load the
 * reader (and the optional @argdown/core) in a way bundlers do not follow.
 */
export function provideArgdownReader(reader: ArgdownReader): void {
  provided = reader;
}

/** The reader provided by `argument-map/argdown`, if a page imported it. */
export function providedArgdownReader(): ArgdownReader | undefined {
  return provided;
}
