import { expect } from '@open-wc/testing';
import { parseMap } from '../../src/parse/parse-map.js';
import { lettersInsideQuotationMarks } from '../../src/verify/direct-speech.js';
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

  describe('direct speech', () => {
    const article = 'The project is expected to create 100,000 US jobs, Trump said.\n' +
      'We’re already leading,” Trump said on Air Force One. “Very shortly, we’re going to be leading by a lot.”\n' +
      'But the CEO has said that the controls have been "a problem."\n' +
      'Analysts were divided.\n' + 'x'.repeat(500) + '\n“Open research wins,” one line said.';
    const check = (words: string, citation: string) => {
      const map = `# t: T?\n\n## c: C.\n\n> ${words}\n>\n> — ${citation}\n\n# Sources\n\n## s: S\n\n- file: s.txt\n`;
      return verifyQuotes(parseMap([{ name: 'map.md', text: map }]).map, new Map([['s.txt', article]]));
    };

    it('accepts words inside quotation marks with the speaker named nearby, framing words included', () => {
      expect(check('We’re already leading,” Trump said on Air Force One. “Very shortly, we’re going to be leading by a lot.”', 'Donald Trump (direct), s')).to.deep.equal([]);
      expect(check('a problem', 'the CEO (direct), s')).to.deep.equal([]);
    });

    it('calls words outside quotation marks reported speech, and says how to write it', () => {
      const [error] = check('The project is expected to create 100,000 US jobs, Trump said.', 'Donald Trump (direct), s');
      expect(error).to.include({ severity: 'error', code: 'not-direct-speech', line: 5 });
      expect(error.message).to.contain('"> — Donald Trump (reported), s"');
      expect(check('The project is expected to create 100,000 US jobs, Trump said.', 'Donald Trump (reported), s')).to.deep.equal([]);
    });

    it('does not take a quoted fragment for the whole sentence', () => {
      const [error] = check('But the CEO has said that the controls have been "a problem."', 'the CEO (direct), s');
      expect(error.code).to.equal('not-direct-speech');
      expect(error.message).to.contain('most of these words');
    });

    it('wants the speaker named near the words', () => {
      const [error] = check('Open research wins', 'Donald Trump (direct), s');
      expect(error.code).to.equal('speaker-not-near');
    });

    it('knows the other quotation marks, and an apostrophe from a closing mark', () => {
      const inside = (passage: string) => {
        const { inside: quoted, letters } = lettersInsideQuotationMarks(passage, 0, passage.length);
        return `${quoted}/${letters}`;
      };
      expect(inside('‘I don’t know,’ she said')).to.equal('9/16');
      expect(inside('«Oui» dit-il')).to.equal('3/8');
      expect(inside('"Yes" and “no”')).to.equal('5/8');
    });

    it('reads a speaker without a kind as direct speech and checks it', () => {
      expect(check('The project is expected to create 100,000 US jobs, Trump said.', 'Donald Trump, s').map((d) => d.code)).to.deep.equal(['not-direct-speech']);
    });
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
