import { expect, html } from '@open-wc/testing';
import { claimFill, STRENGTH_FILLS, strengthFill } from '../../src/graph/style.js';
import { mapElement, fixtureUrl, nextFrames } from './helpers.js';

// small.md weighed with DF-QuAD, base 0.5: the trial claim 0.5 (unattacked), "homework raises test
// scores" 0.25 (attacked by it), the thesis 0.625 (a supporter of 0.5 against an attacker of 0.25).
describe('<argument-map> coloured by strength', () => {
  it('fills each claim\'s box from the left as far as its strength, deeper for stronger claims', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('small.md')} color-by="strength"></argument-map>`);
    await nextFrames();
    expect(el.colorBy).to.equal('strength');
    const node = (id: string) => el.cy!.$id(id);
    expect(node('school-thesis').style('background-fill')).to.equal('linear-gradient');
    const stops = (id: string) => String(node(id).style('background-gradient-stop-positions'));
    expect(stops('school-thesis')).to.equal('0% 63% 63% 100%');
    expect(stops('homework-helps')).to.equal('0% 25% 25% 100%');
    // The filled part of a strong claim is a deeper (darker) violet than a weak one's.
    const lightness = (id: string) => {
      const [r, g, b] = String(node(id).style('background-gradient-stop-colors')).match(/\d+/g)!.map(Number);
      return r + g + b;
    };
    expect(lightness('school-thesis')).to.be.below(lightness('homework-helps'));
    const legend = el.shadowRoot!.querySelector('[part=legend]')!.textContent!.replace(/\s+/g, ' ');
    expect(legend).to.contain('weak (0.25)').and.contain('strong (0.75): strength fills the box from the left');
  });

  it('follows the user\'s assumptions, and gives the stark colours back on request', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('small.md')} color-by="strength"></argument-map>`);
    el.assumptions = { rejected: ['trial-self-selected'], conceded: [] };
    await nextFrames();
    // Rejected, the trial claim weighs nothing: the claim it attacked is back to its base 0.5.
    expect(String(el.cy!.$id('homework-helps').style('background-gradient-stop-positions'))).to.equal('0% 50% 50% 100%');
    expect(String(el.cy!.$id('trial-self-selected').style('background-gradient-stop-positions'))).to.equal('0% 0% 0% 100%');
    // The panel weighs the claim under the same assumptions.
    el.selected = 'homework-helps';
    await el.updateComplete;
    const panel = el.shadowRoot!.querySelector('claim-panel')!;
    await panel.updateComplete;
    expect(panel.shadowRoot!.querySelector('.strength')!.textContent).to.match(/^strength 0\.50?:/);
    el.setAttribute('color-by', 'status');
    await el.updateComplete;
    await nextFrames();
    expect(el.cy!.$id('homework-helps').style('background-fill')).to.equal('solid');
    expect(el.cy!.$id('homework-helps').style('background-color')).to.equal('rgb(205,235,208)');
    expect(el.shadowRoot!.querySelector('[part=legend]')!.textContent).to.contain('stands').and.not.contain('strength');
  });
});

describe('the outline coloured by strength', () => {
  it('says each claim\'s strength after it, and nothing when coloured otherwise', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('small.md')} color-by="strength" view="outline"></argument-map>`);
    const outline = el.shadowRoot!.querySelector('map-outline')!;
    await outline.updateComplete;
    const said = () => [...outline.shadowRoot!.querySelectorAll('li')].map((li) =>
      `${li.querySelector(':scope > button')!.getAttribute('data-claim')}: ${li.querySelector(':scope > .strength')?.textContent ?? '-'}`);
    expect(said()).to.include.members(['school-thesis: strength 0.63', 'homework-helps: strength 0.25', 'trial-self-selected: strength 0.50']);
    el.colorBy = 'side';
    await el.updateComplete;
    await outline.updateComplete;
    expect(said().every((line) => line.endsWith(': -'))).to.equal(true);
  });
});

describe('strength fills', () => {
  it('run from the weak colour at 0 to the strong one at 1, for the overview of big maps too', () => {
    expect(strengthFill(0, false)).to.equal(STRENGTH_FILLS.light.weak);
    expect(strengthFill(1, true)).to.equal(STRENGTH_FILLS.dark.strong);
    expect(strengthFill(Number.NaN, false)).to.equal(STRENGTH_FILLS.light.weak);
    const colours = { text: '#000', background: '#fff', border: '#888', supports: '#0a0', attacks: '#a00', accent: '#00f', match: '#ff0', dark: false };
    expect(claimFill(colours, 'strength', 'pro', 0, 0, undefined, 1)).to.equal(STRENGTH_FILLS.light.strong);
  });
});
