export interface ClaimNavigateDetail {
  /** The id of the claim the user picked. */
  id: string;
}

/**
 * The user picked a claim in a view (a case, an outline, the panel): show it. It bubbles but is
 * not composed, so it stops at the shadow root of whatever holds the view (`<argument-map>`,
 * the explorer) instead of reaching the page as if the page's own element had fired it.
 */
export class ClaimNavigateEvent extends CustomEvent<ClaimNavigateDetail> {
  constructor(detail: ClaimNavigateDetail) {
    super('claim-navigate', { detail, bubbles: true, composed: false });
  }
}

declare global {
  interface HTMLElementEventMap {
    'claim-navigate': ClaimNavigateEvent;
  }
}
