import { expect } from '@open-wc/testing';
import { quoteSourcesBySide } from '../../src/model/quote-sources.js';
import { prepareMap } from '../../src/state/map-state.js';
import { parseMap } from '../../src/parse/parse-map.js';

describe('which sources each side of a thread rests on', () => {
  it('counts quotes and claims per source on each side, most quoted first', async () => {
    const text = await (await fetch(new URL('../fixtures/case-uniforms.md', import.meta.url))).text();
    const { map, sides } = prepareMap(parseMap([{ name: 'case-uniforms.md', text }]).map);
    expect(quoteSourcesBySide(map, sides, 'uniforms')).to.deep.equal({
      thesis: [{ source: 'editorial', quotes: 1, claims: 1 }],
      pro: [{ source: 'survey-report', quotes: 1, claims: 1 }, { source: 'editorial', quotes: 1, claims: 1 }],
      con: [{ source: 'ai-digest', quotes: 2, claims: 2 }, { source: 'survey-report', quotes: 1, claims: 1 }],
    });
  });

  it('counts a claim once per source however often it quotes it, and ignores other threads', () => {
    const { map, sides } = prepareMap(parseMap([{ name: 'm.md', text: [
      '# t: T?', '## thesis: T.', '## pro: P.', '- supports: thesis', '> One.\n>\n> — s', '> Two.\n>\n> — s',
      '# u: U?', '## other: O.', '> Three.\n>\n> — s', '# Sources', '## s: S',
    ].join('\n\n') }]).map);
    expect(quoteSourcesBySide(map, sides, 't')).to.deep.equal({ thesis: [], pro: [{ source: 's', quotes: 2, claims: 1 }], con: [] });
  });
});
