import { expect, html } from '@open-wc/testing';
import { fixtureUrl, mapElement } from './helpers.js';

async function errorShown(src: string) {
  const { el, detail } = await mapElement(html`<argument-map src=${src}></argument-map>`, 'map-error');
  await el.updateComplete;
  const status = el.shadowRoot!.querySelector('[part=status]')!;
  expect(status.getAttribute('role')).to.equal('alert');
  expect(el.cy!.nodes().length).to.equal(0);
  return { message: detail.message as string, text: status.textContent!.replace(/\s+/g, ' ') };
}

describe('<argument-map> says what went wrong when a map cannot be loaded', () => {
  it('a network failure', async () => {
    const { text } = await errorShown('http://127.0.0.1:9/map.md');
    expect(text).to.contain('could not reach http://127.0.0.1:9/map.md');
  });

  it('an HTML page where a map was expected', async () => {
    const { text } = await errorShown(fixtureUrl('not-a-map.html'));
    expect(text).to.contain('is an HTML page, not a map');
  });

  it('JSON of the wrong shape, naming the bad fields', async () => {
    const { text } = await errorShown(fixtureUrl('wrong-shape.json'));
    expect(text).to.contain('claims[1].id: expected a string, got number');
    expect(text).to.contain('relations[0].kind: "refutes" is not a relation kind');
  });

  it('an empty file', async () => {
    const { text } = await errorShown(fixtureUrl('empty.md'));
    expect(text).to.contain('empty.md:1:1: error: this file is empty: expected a Markdown map');
  });

  it('a 404', async () => {
    const { text } = await errorShown(fixtureUrl('nowhere.json'));
    expect(text).to.contain('404');
  });
});
