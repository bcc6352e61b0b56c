import { expect } from '@open-wc/testing';
import { parseMap } from '../../src/parse/parse-map.js';

/** Each diagnostic as `line:column code`. */
function found(text: string): string[] {
  return parseMap([{ name: 'map.md', text }]).diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);
}

describe('diagnostics point at the block they are about, not at the same words earlier', () => {
  it('a quote that opens with a blank line, after text holding a ">"', () => {
    expect(found('# t: T?\n\n<b>x</b> -> y\n\n>\n> Words.\n')).to.include('5:1 orphan-quote');
  });

  it('a heading whose words the quote above it also holds', () => {
    expect(found('# t: T?\n\n## a: A.\n\n> words ### x\n>\n> — s\n### x\n\n# Sources\n\n## s: S\n')).to.include('8:5 ignored-heading');
  });

  it('a list item whose words the item above it ends with', () => {
    const { relations } = parseMap([{ name: 'map.md', text: '# t: T?\n\n## a: A.\n- tags: x - supports: b\n- supports: b\n\n## b: B.\n' }]).map;
    expect(relations.map((r) => r.location?.line)).to.deep.equal([5]);
  });
});
