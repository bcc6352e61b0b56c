export interface ThreadSelectDetail {
  /** The id of the thread the user picked. */
  id: string;
}

/** The user picked a thread in the stance matrix. Not composed: it stops at the shadow root that holds the matrix. */
export class ThreadSelectEvent extends CustomEvent<ThreadSelectDetail> {
  constructor(detail: ThreadSelectDetail) {
    super('thread-select', { detail, bubbles: true, composed: false });
  }
}

declare global {
  interface HTMLElementEventMap {
    'thread-select': ThreadSelectEvent;
  }
}
