/**
 * The user asked to print the flow sheet alone. It bubbles but is not composed: the Case view
 * around the flow hears it and prints (it alone can leave its brief out of the printout).
 */
export class FlowPrintEvent extends Event {
  constructor() {
    super('flow-print', { bubbles: true, composed: false });
  }
}

declare global {
  interface HTMLElementEventMap {
    'flow-print': FlowPrintEvent;
  }
}
