import { expect } from '@open-wc/testing';
import { cardContext } from '../../src/model/case/card-context.js';

describe('the paragraph of the source around a quote', () => {
  it('splits the quote\'s paragraph around the quoted words, and leaves the other paragraphs out', () => {
    const text = 'Title\n\nSanctions bit. They cut oil revenue by half. Prices rose.\n\nA later paragraph.';
    expect(cardContext(text, 'They cut oil revenue')).to.deep.equal({ before: 'Sanctions bit. ', quoted: 'They cut oil revenue', after: ' by half. Prices rose.' });
  });

  it('finds the quote across quote-mark and whitespace differences, as the checker does', () => {
    const text = 'He said: “It is  over.” Then he left.';
    expect(cardContext(text, 'He said: "It is over."')).to.deep.equal({ before: '', quoted: 'He said: “It is  over.”', after: ' Then he left.' });
  });

  it('joins the paragraphs a quote runs across, as one line', () => {
    const text = 'First line ends here.\n\nSecond starts here and goes on.';
    expect(cardContext(text, 'ends here. Second starts')).to.deep.equal({ before: 'First line ', quoted: 'ends here. Second starts', after: ' here and goes on.' });
  });

  it('cuts a very long paragraph at a word, marked with an ellipsis', () => {
    const text = `${'word '.repeat(1000)}THE QUOTE${' more'.repeat(1000)}`;
    const context = cardContext(text, 'THE QUOTE')!;
    expect(context.before.startsWith('…')).to.equal(true);
    expect(context.after.endsWith('…')).to.equal(true);
    expect(context.before.length).to.be.at.most(1202);
    expect(context.after.length).to.be.at.most(1201);
  });

  it('has nothing to say when the source does not hold the quote', () => {
    expect(cardContext('Something else entirely.', 'not here')).to.equal(undefined);
  });
});
