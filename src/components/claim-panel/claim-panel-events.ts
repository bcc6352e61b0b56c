import type { Assumption } from '../../state/assume.js';

export interface ClaimAssumeDetail {
  /** The claim the user made an assumption about. */
  id: string;
  as: Assumption;
}

/**
 * The user assumed the panel's claim true, false or open again. Like every event of the views
 * inside `<argument-map>` it bubbles but is not composed: it stops at the shadow root the panel
 * sits in, so only the element's own events (`claim-select`, `map-load`, `map-error`) reach the page.
 */
export class ClaimAssumeEvent extends CustomEvent<ClaimAssumeDetail> {
  constructor(detail: ClaimAssumeDetail) {
    super('claim-assume', { detail, bubbles: true, composed: false });
  }
}

/** The user closed the panel. Not composed, as `ClaimAssumeEvent`. */
export class PanelCloseEvent extends Event {
  constructor() {
    super('panel-close', { bubbles: true, composed: false });
  }
}

/** The user pressed Escape in the panel: focus goes back to the map, the claim stays selected. Not composed. */
export class PanelLeaveEvent extends Event {
  constructor() {
    super('panel-leave', { bubbles: true, composed: false });
  }
}

declare global {
  interface HTMLElementEventMap {
    'claim-assume': ClaimAssumeEvent;
    'panel-close': PanelCloseEvent;
    'panel-leave': PanelLeaveEvent;
  }
}
