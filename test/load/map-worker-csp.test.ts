import { expect } from '@open-wc/testing';
import { generateDebate, toMarkdown } from '../../bench/debate.js';
import type { ArgumentMapElement } from '../../src/components/argument-map/argument-map.js';
import { until } from '../helpers/until.js';

type CspWindow = Window & typeof globalThis & { __violations: string[] };

describe('the map worker under the strict Content-Security-Policy (script-src \'self\', Trusted Types)', () => {
  it('reads a big map in the worker and violates nothing', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 960px; height: 620px; border: 0';
    frame.src = new URL('../fixtures/csp/csp.html', import.meta.url).href;
    document.body.append(frame);
    try {
      const win = await until(() => frame.contentWindow as CspWindow | null, 'the frame');
      const small = await until(() => win.document?.querySelector('argument-map') as ArgumentMapElement | null, 'the element');
      await until(() => small.state?.$status.get().state === 'loaded', 'the small map');
      // The big map is served by the frame's own fetch; the worker is counted as it starts.
      const big = toMarkdown(generateDebate({ claims: 2000, seed: 5 }), 'debate.source.txt');
      const fetchInFrame = win.fetch.bind(win);
      win.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
        String(input).endsWith('/virtual/big.md') ? Promise.resolve(new win.Response(big)) : fetchInFrame(input, init);
      let started = 0;
      const FrameWorker = win.Worker;
      win.Worker = class extends FrameWorker {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          started++;
        }
      };
      small.remove();
      const el = win.document.createElement('argument-map') as ArgumentMapElement;
      el.src = '/virtual/big.md';
      win.document.body.append(el);
      await until(() => el.state?.$status.get().state === 'loaded', 'the big map', 60000);
      expect(started).to.equal(1);
      expect(el.state.$map.get()!.map.claims.length).to.equal(2000);
      expect(el.state.$map.get()!.layout).to.not.equal(undefined);
      expect(win.__violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
