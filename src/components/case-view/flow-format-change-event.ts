import type { DebateFormatId } from '../../model/flow/debate-formats.js';

export interface FlowFormatChangeDetail {
  /** The format the user picked for the flow sheet. */
  format: DebateFormatId;
}

/**
 * The user picked another debate format for the flow sheet. Like `claim-navigate`, it bubbles but
 * is not composed: whatever holds the view (the Case view, the explorer) hears it and keeps it.
 */
export class FlowFormatChangeEvent extends CustomEvent<FlowFormatChangeDetail> {
  constructor(detail: FlowFormatChangeDetail) {
    super('flow-format-change', { detail, bubbles: true, composed: false });
  }
}

declare global {
  interface HTMLElementEventMap {
    'flow-format-change': FlowFormatChangeEvent;
  }
}
