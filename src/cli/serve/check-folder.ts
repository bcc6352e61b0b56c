import { addDiagnostics, type Diagnostic } from '../../model/diagnostic.js';
import { sortDiagnostics } from '../../parse/parse-map.js';
import { verifyQuotes } from '../../verify/verify-quotes.js';
import { readMap, readSourceTexts, UsageError } from '../read-inputs.js';

/** What `argmap check` would say of the map folder: its diagnostics, or why it cannot be read. */
export type FolderCheck = { diagnostics: Diagnostic[] } | { failure: string };

/** Reads the map folder and verifies its quotes against `sources`, as `argmap check` does. */
export async function checkFolder(folder: string, sources: string | undefined): Promise<FolderCheck> {
  try {
    const { map, diagnostics } = await readMap([folder]);
    if (sources !== undefined) addDiagnostics(diagnostics, verifyQuotes(map, readSourceTexts(sources, diagnostics)));
    sortDiagnostics(diagnostics);
    return { diagnostics };
  } catch (error) {
    if (error instanceof UsageError) return { failure: error.message };
    throw error;
  }
}
