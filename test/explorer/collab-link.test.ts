import { expect, fixture, html } from '@open-wc/testing';
import '../../src/explorer/explorer-app.js';
import type { ArgumentExplorer } from '../../src/explorer/explorer-app.js';
import type { ArgumentMapElement } from '../../src/components/argument-map/argument-map.js';
import { collabServerUrl, documentNames } from '../../src/explorer/collab-link.js';
import { codeEditorOf, replaceText, textOf } from '../helpers/code-editor.js';
import { until } from '../helpers/until.js';

describe('joining a map shared by argmap collab', () => {
  afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}`));

  it('connects to the collab path beside the page, ws or wss as the page', () => {
    expect(collabServerUrl('http://127.0.0.1:8000/')).to.equal('ws://127.0.0.1:8000/collab');
    expect(collabServerUrl('https://club.example/maps/index.html?x=1#collab=t')).to.equal('wss://club.example/maps/collab');
  });

  it('names each document by its path in the shared folder', () => {
    expect([...documentNames({ files: ['map/a.md', 'map/part/b.md'] })]).to.deep.equal([['a.md', 'a.md'], ['b.md', 'part/b.md']]);
    expect(documentNames({ files: 'nope' }).size).to.equal(0);
    expect(documentNames(null).size).to.equal(0);
  });

  it('says so when the shared map cannot be reached, and edits a copy in the page', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#tool=edit&collab=not-a-token`);
    const small = new URL('../fixtures/small.md', import.meta.url).href;
    const explorer = await fixture<ArgumentExplorer>(html`<argument-explorer default-src=${small} style="display:grid;height:700px"></argument-explorer>`);
    const map = explorer.shadowRoot!.querySelector('argument-map') as ArgumentMapElement;
    const editor = await until(() => explorer.shadowRoot!.querySelector('map-editor'), 'the editor');
    const text = await codeEditorOf(editor);
    const status = await until(() => /cannot be reached/.test(editor.shadowRoot!.querySelector('.collab [role=status]')?.textContent ?? '') && editor.shadowRoot!.querySelector('.collab [role=status]')!.textContent, 'the editor to say the server cannot be reached');
    expect(status).to.contain('you edit a copy in this page');
    await until(() => !text.state.readOnly, 'the text editable');
    expect(textOf(text)).to.contain('## homework-helps: Homework raises test scores.');
    replaceText(text, 'Homework raises test scores.', 'Homework raises maths scores.');
    await until(() => map.state.$map.get()?.index.claim('homework-helps')?.text === 'Homework raises maths scores.', 'the edited claim in the map');
  });
});
