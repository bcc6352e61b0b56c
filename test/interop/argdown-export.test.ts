import { expect } from '@open-wc/testing';
import { escapeArgdown, exportArgdown } from '../../src/interop/argdown-export.js';
import type { ArgumentMap } from '../../src/model/types.js';
import { written } from './helpers.js';

// Reading the export back needs Argdown's parser: test/cli/argdown.test.mjs does that in Node.
describe('exporting to Argdown', () => {
  it('writes each thread as a heading that keeps its id, each claim as a statement, each relation below it', () => {
    const map: ArgumentMap = {
      threads: [{ id: 'school', title: 'Should schools stop setting homework?' }, { id: '2025', title: 'Later' }],
      claims: [
        { id: 'thesis', text: 'Schools should stop setting homework.', thread: 'school', tags: [], quotes: [] },
        { id: 'steals-time', text: 'Homework takes time\nfrom sleep.', thread: 'school', tags: ['sleep', 'two.words'], quotes: [{ text: 'q', source: 's' }] },
        { id: 'helps', text: 'Homework raises scores.', thread: '2025', tags: [], quotes: [] },
      ],
      relations: [
        { from: 'steals-time', to: 'thesis', kind: 'supports' },
        { from: 'helps', to: 'thesis', kind: 'attacks' },
        { from: 'helps', to: 'nowhere', kind: 'attacks' },
      ],
      sources: [],
    };
    expect(written(exportArgdown(map))).to.equal(`# Should schools stop setting homework? {id: school}

[thesis]: Schools should stop setting homework.

[steals-time]: Homework takes time from sleep. #sleep #(two.words)
  +> [thesis]

# Later {id: "2025"}

[helps]: Homework raises scores.
  -> [thesis]
`);
  });

  it('escapes what Argdown would read as syntax: tags, mentions, emphasis, comments, data, symbols', () => {
    expect(escapeArgdown('C# is #1 at https://x.org/a_b, *really* [sic] <A> @[b] {x: 1} back\\slash'))
      .to.equal('C\\# is \\#1 at https:\\/\\/x.org\\/a\\_b, \\*really\\* \\[sic\\] \\<A\\> \\@\\[b\\] \\{x: 1\\} back\\\\slash');
    expect(escapeArgdown('x.y.z and :smile: but not 3.5% or U.S'), 'shortcodes like .y. and :smile:').to.equal('x\\.y.z and \\:smile: but not 3.5% or U.S');
    expect(escapeArgdown('Plain words, commas; and (parentheses) stay as they are.')).to.equal('Plain words, commas; and (parentheses) stay as they are.');
  });
});
