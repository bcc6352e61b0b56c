import type { CaseSide } from '../../model/case/build-case.js';

export interface DrillChooseDetail {
  /** The thread to practise. */
  thread: string;
  /** The side the debater argues. */
  side: CaseSide;
}

/** The user chose another thread or side to practise; whoever holds the drill passes them back. */
export class DrillChooseEvent extends CustomEvent<DrillChooseDetail> {
  constructor(detail: DrillChooseDetail) {
    super('drill-choose', { detail, bubbles: true, composed: false });
  }
}

declare global {
  interface HTMLElementEventMap {
    'drill-choose': DrillChooseEvent;
  }
}
