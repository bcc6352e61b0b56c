export interface ClaimNavigateDetail {
  /** The id of the claim the user picked. */
  id: string;
}

/** The user picked a claim in a view (a case, an outline): show it. */
export class ClaimNavigateEvent extends CustomEvent<ClaimNavigateDetail> {
  constructor(detail: ClaimNavigateDetail) {
    super('claim-navigate', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'claim-navigate': ClaimNavigateEvent;
  }
}
