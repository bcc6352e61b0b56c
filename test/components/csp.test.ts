import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { ArgumentMapElement } from '../../src/components/argument-map/argument-map.js';
import { until } from '../helpers/until.js';

type CspWindow = Window & { __violations: string[] };


describe('under a strict Content-Security-Policy (no inline script, no eval, Trusted Types)', () => {
  it('loads a map, renders the graph and the panel, and violates nothing', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 960px; height: 620px; border: 0';
    frame.src = new URL('../fixtures/csp/csp.html', import.meta.url).href;
    document.body.append(frame);
    try {
      const win = await until(() => frame.contentWindow as CspWindow | null, 'the frame');
      const el = await until(() => win.document?.querySelector('argument-map') as ArgumentMapElement | null, 'the element');
      await until(() => el.state?.$status.get().state === 'loaded' && el.cy && el.cy.nodes('.claim').length === 4, 'the map');
      await new Promise((r) => setTimeout(r, 300));
      const node = el.cy!.$id('homework-helps').renderedPosition();
      const graph = el.shadowRoot!.querySelector('.graph')!.getBoundingClientRect();
      const frameBox = frame.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(frameBox.left + graph.left + node.x), Math.round(frameBox.top + graph.top + node.y)] });
      const panel = await until(() => el.shadowRoot!.querySelector('claim-panel')?.shadowRoot?.querySelector('blockquote'), 'the panel');
      expect(panel.textContent).to.contain('Pupils with homework scored higher');
      // Cytoscape injects one <style> element for its container, hence style-src 'unsafe-inline'.
      expect((win as CspWindow).__violations).to.deep.equal([]);
      const policy = await fetch(frame.src).then((r) => r.headers.get('content-security-policy'));
      expect(policy).to.contain("script-src 'self'").and.contain("require-trusted-types-for 'script'");
    } finally {
      frame.remove();
    }
  });
});
