// `argmap coverage`: how much of each source the map quotes, on a small known article.
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { argmap } from './in-process.mjs';

const root = new URL('../../', import.meta.url).pathname;


describe('argmap coverage', () => {
  // The article has 8 sentences in 4 paragraphs. Three are quoted; "safer for children" is too
  // little of its sentence to count; the title and the critics' paragraph are not quoted at all.
  it('prints per source the share of sentences quoted and the longest unquoted paragraphs', async () => {
    const { code, out } = await argmap('coverage', 'test/fixtures/coverage');
    assert.equal(code, 0);
    assert.equal(out, [
      'gazette (car-free.txt): 3 of 8 sentences quoted (38%), 4 quotes',
      '  longest unquoted paragraphs:',
      '    line 7, 24 words: “Critics say that the ban moves traffic to the ring road, where the air got worse. The council has not publishe…”',
      '    line 1, 7 words: “Should towns ban cars from their centres?”',
      '',
      'not cited by any source of the map: unused.txt',
      '',
      '3 of 8 sentences quoted (38%) in 1 source text',
      '',
    ].join('\n'));
  });

  it('writes the same as JSON', async () => {
    const { code, out } = await argmap('coverage', 'test/fixtures/coverage', '--json', '--top', '1');
    assert.equal(code, 0);
    const [gazette] = JSON.parse(out).sources;
    assert.deepEqual({ ...gazette, unquotedParagraphs: gazette.unquotedParagraphs.map((p) => p.line) }, {
      id: 'gazette', file: 'car-free.txt', sentences: 8, quotedSentences: 3, characters: 369, quotedCharacters: 148,
      quotes: 4, quotesNotFound: 0, unquotedParagraphs: [7],
    });
    assert.deepEqual(JSON.parse(out).uncitedFiles, ['unused.txt']);
  });

  it('says in one line when there are no source texts', async () => {
    const none = await argmap('coverage', 'test/fixtures/small.md');
    assert.equal(none.code, 1);
    assert.equal(none.err, 'argmap: no source texts: pass --sources DIR, or put them in test/fixtures/sources/\n');
    const missing = await argmap('coverage', 'test/fixtures/coverage', '--sources', 'nowhere');
    assert.equal(missing.code, 1);
    assert.equal(missing.err, 'argmap: nowhere: no such file or folder\n');
  });
});
