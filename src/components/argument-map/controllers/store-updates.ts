import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReadableAtom } from 'nanostores';

/** Renders the host again whenever one of `stores` changes, while the host is in a page. */
export class StoreUpdates implements ReactiveController {
  private unsubscribers: (() => void)[] = [];

  constructor(private readonly host: ReactiveControllerHost, private readonly stores: readonly ReadableAtom<unknown>[]) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribers = this.stores.map((store) => store.listen(() => this.host.requestUpdate()));
  }

  hostDisconnected(): void {
    this.unsubscribers.forEach((u) => u());
    this.unsubscribers = [];
  }
}
