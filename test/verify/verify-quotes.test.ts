import { expect } from '@open-wc/testing';
import { parseMap } from '../../src/parse/parse-map.js';
import { SearchBudget } from '../../src/verify/nearest-passage.js';
import { findQuote, verifyQuotes } from '../../src/verify/verify-quotes.js';

const source = 'He said: “It’s over — for now.”\nThe  export controls\n  were intended to slow China’s AI progress.';

describe('quote verification', () => {
  it('forgives whitespace, quote-mark and dash style', () => {
    expect(findQuote('"It\'s over - for now."', source)).to.not.equal(undefined);
    expect(findQuote("It's over--for now", source)).to.not.equal(undefined);
    expect(findQuote('The export controls were intended to slow China\'s AI progress.', source)).to.not.equal(undefined);
  });

  it('forgives nothing else: case, words, letters', () => {
    expect(findQuote('the export controls', source)).to.equal(undefined);
    expect(findQuote('The export controls were meant to slow', source)).to.equal(undefined);
    expect(findQuote('Chinas AI progress', source)).to.equal(undefined);
  });

  it('finds where the quote sits in the original text', () => {
    const match = findQuote('export controls were intended', source)!;
    expect(source.slice(match.start, match.end)).to.equal('export controls\n  were intended');
  });

  it('reports a changed quote on its line, with the nearest passage of the source', async () => {
    const map = `# t: T?\n\n## c: C.\n\n> The export controls were designed to slow China's AI progress.\n>\n> — s\n\n# Sources\n\n## s: S\n\n- file: s.txt\n`;
    const { map: parsed } = parseMap([{ name: 'map.md', text: map }]);
    const [diagnostic] = verifyQuotes(parsed, new Map([['s.txt', source]]));
    expect(diagnostic).to.include({ line: 5, severity: 'error', code: 'quote-not-found' });
    expect(diagnostic.message).to.contain('nearest passage, at line 2: "The export controls were intended to slow China’s AI progress."');
  });

  it('reports a source file that is not among the texts', () => {
    const map = `# t: T?\n\n## c: C.\n\n> W.\n>\n> — s\n\n# Sources\n\n## s: S\n\n- file: missing.txt\n`;
    const [diagnostic] = verifyQuotes(parseMap([{ name: 'map.md', text: map }]).map, new Map());
    expect(diagnostic).to.include({ line: 11, code: 'missing-source-text' });
  });

  it('finds the nearest passage in a long source from the words the quote shares with it', () => {
    const filler = Array.from({ length: 20_000 }, (_, i) => `Filler sentence ${i} says nothing of note.`).join('\n');
    const text = `${filler}\nThe export controls were intended to slow China’s AI progress.\n${filler}`;
    const map = `# t: T?\n\n## c: C.\n\n> The export controls were designed to slow China's AI progress.\n>\n> — s\n\n# Sources\n\n## s: S\n\n- file: s.txt\n`;
    const [diagnostic] = verifyQuotes(parseMap([{ name: 'map.md', text: map }]).map, new Map([['s.txt', text]]));
    expect(diagnostic.message).to.contain('nearest passage, at line 20001: "The export controls were intended to slow China’s AI progress."');
  });

  it('reports every missing quote, and past the budget says once that the rest have no nearest passage', () => {
    const claims = Array.from({ length: 5 }, (_, i) => `## c${i}: C.\n\n> The export controls were designed ${i}.\n>\n> — s\n`).join('\n');
    const map = `# t: T?\n\n${claims}\n# Sources\n\n## s: S\n\n- file: s.txt\n`;
    const cellsForOne = 'The export controls were designed 0.'.length * source.length;
    const diagnostics = verifyQuotes(parseMap([{ name: 'map.md', text: map }]).map, new Map([['s.txt', source]]), new SearchBudget(2 * cellsForOne));
    const errors = diagnostics.filter((d) => d.code === 'quote-not-found');
    expect(errors).to.have.length(5);
    expect(errors.filter((d) => d.message.includes('nearest passage'))).to.have.length(2);
    const notes = diagnostics.filter((d) => d.code === 'nearest-passage-budget');
    expect(notes).to.have.length(1);
    expect(notes[0]).to.include({ severity: 'warning', line: errors[2].line });
    expect(notes[0].message).to.contain('nearest passages not searched for 3 more quotes');
  });
});
