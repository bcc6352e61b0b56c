import { expect } from '@open-wc/testing';
import type { ArgumentMapElement } from '../../src/components/argument-map/argument-map.js';
import { until } from '../helpers/until.js';


async function openPage(path: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1200px; height: 900px; border: 0';
  frame.src = new URL(path, new URL('../../', import.meta.url)).href;
  document.body.append(frame);
  const win = await until(() => frame.contentWindow, 'the frame');
  const el = await until(() => win.document?.querySelector('argument-map') as ArgumentMapElement | null, 'the element');
  await until(() => el.state?.$status.get().state === 'loaded', `the map in ${path}`);
  return { frame, win, el };
}

describe('the built bundle in plain HTML pages (examples/)', () => {
  it('examples/index.html shows the shipped map with one script tag, and its page hears claim-select', async () => {
    const { frame, win, el } = await openPage('examples/index.html');
    try {
      await until(() => el.cy!.nodes('.claim').filter((n) => !n.hasClass('hidden')).length > 10, 'more than ten claims drawn');
      const root = el.shadowRoot!.querySelector('.graph')!;
      expect(root).to.exist;
      el.shadowRoot!.querySelector<HTMLElement>('.graph')!.focus();
      el.shadowRoot!.querySelector('.graph')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
      await until(() => win.document.querySelector('#last-selected')!.textContent, 'the page to hear claim-select');
      expect(win.document.querySelector('#last-selected')!.textContent).to.match(/^Selected: /);
    } finally {
      frame.remove();
    }
  });

  it('examples/csp.html works under the strict policy the dev server sends', async () => {
    const { frame, el } = await openPage('examples/csp.html');
    try {
      // The thread filter hides the other threads' claims once the graph has drawn them.
      await until(() => el.cy!.nodes('.claim.hidden').length > 0, 'claims of other threads hidden');
      const policy = await fetch(frame.src).then((r) => r.headers.get('content-security-policy'));
      expect(policy).to.contain("script-src 'self'");
    } finally {
      frame.remove();
    }
  });
});
