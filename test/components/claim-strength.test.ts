import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ClaimPanel } from '../../src/components/claim-panel/claim-panel.js';
import { parseMap } from '../../src/parse/parse-map.js';
import { prepareMap } from '../../src/state/map-state.js';

const SCHOOL = `# school: Should the school day start later?

## later-start: The school day should start later.

## sleep: Teenagers need more sleep than they get.

- supports: later-start

## grades: Grades rose where schools started later.

- supports: later-start

## buses: A later start costs more in buses.

- attacks: later-start

## bus-grant: The state pays for the second bus run.

- attacks: buses
`;

async function panel(claimId: string): Promise<ClaimPanel> {
  const loaded = prepareMap(parseMap([{ name: 'school.md', text: SCHOOL }]).map);
  return fixture<ClaimPanel>(html`<claim-panel .loaded=${loaded} .claimId=${claimId} .label=${'in'}></claim-panel>`);
}

describe('the claim panel weighs the claim (DF-QuAD)', () => {
  it('says how strong the claim is and why', async () => {
    // bus-grant 0.5; buses 0.5 − 0.5·0.5 = 0.25; later-start: support 0.75 > attack 0.25 → 0.5 + 0.5·0.5 = 0.75.
    const el = await panel('later-start');
    expect(el.shadowRoot!.querySelector('.strength')!.textContent).to.equal('strength 0.75: two supporters, one answered attack');
  });

  it('counts an unanswered attacker as open', async () => {
    const el = await panel('buses');
    expect(el.shadowRoot!.querySelector('.strength')!.textContent).to.equal('strength 0.25: one open attack');
  });

  it('says when nothing argues about the claim', async () => {
    const el = await panel('sleep');
    expect(el.shadowRoot!.querySelector('.strength')!.textContent).to.equal('strength 0.50: nothing argues about it');
  });
});
