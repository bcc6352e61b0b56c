import { fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { ArgumentMapElement } from '../../src/components/argument-map/argument-map.js';

export const fixtureUrl = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).href;

/** An `<argument-map>` on the page, resolved once it has fired map-load or map-error. */
export async function mapElement(template: ReturnType<typeof html>, event: 'map-load' | 'map-error' = 'map-load') {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px; height: 640px"></div>`);
  const other = event === 'map-load' ? 'map-error' : 'map-load';
  const loaded = Promise.race([
    oneEvent(wrapper, event),
    oneEvent(wrapper, other).then((e) => {
      throw new Error(`expected ${event}, got ${other}: ${JSON.stringify(e.detail.message ?? e.detail.diagnostics ?? '')} ${JSON.stringify(e.detail.diagnostics ?? '')}`);
    }),
  ]);
  const { render } = await import('lit');
  render(template, wrapper);
  const detail = (await loaded).detail;
  const el = wrapper.querySelector('argument-map') as ArgumentMapElement;
  await nextFrames();
  return { el, detail };
}

export async function nextFrames(count = 3): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((r) => requestAnimationFrame(r));
}

export function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

export function panelOf(el: ArgumentMapElement): ShadowRoot | null {
  return el.shadowRoot!.querySelector('claim-panel')?.shadowRoot ?? null;
}

/** Where a claim's node sits in the page, for a real mouse click. */
export function screenPointOf(el: ArgumentMapElement, claimId: string): [number, number] {
  const node = el.cy!.$id(claimId);
  const p = node.renderedPosition();
  const box = el.shadowRoot!.querySelector('.graph')!.getBoundingClientRect();
  return [Math.round(box.left + p.x), Math.round(box.top + p.y)];
}
