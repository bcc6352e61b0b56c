import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CytoscapeView } from '../../../graph/cytoscape-view.js';
import type { LayoutDirection } from '../../../graph/layout.js';
import type { MapState } from '../../../state/map-state.js';
import type { ThemeController } from './theme.js';
import type { ViewportController } from './viewport.js';

export interface GraphHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The graph: a `CytoscapeView` in the `.graph` container and the observer of its size, made when
 * the element is in a page and its container is rendered, and destroyed when it leaves. An
 * element moved in the page (re-parented, or adopted into another document) gets a new view on
 * connecting, with the map, the selection and the viewport it had.
 */
export class GraphViewController implements ReactiveController {
  view: CytoscapeView | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private unsubscribers: (() => void)[] = [];
  private renderQueued = false;
  private direction: LayoutDirection = 'down';
  private connected = false;

  constructor(
    private readonly host: GraphHost,
    private readonly state: MapState,
    private readonly viewport: ViewportController,
    private readonly theme: ThemeController,
    private readonly onSelect: (id: string | null) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    const s = this.state;
    const queue = () => this.queueRender();
    const refit = () => {
      this.viewport.fitNext();
      queue();
    };
    this.unsubscribers = [
      s.$map.listen((loaded) => {
        if (loaded) this.view?.setMap(loaded.map, loaded.index, loaded.sides, loaded.layout);
        else this.view?.clear();
        refit();
      }),
      s.$visible.listen(refit),
      s.$inFocus.listen(refit),
      s.$matches.listen(queue),
      s.$selected.listen(queue),
      s.$colorBy.listen(() => this.applyAppearance()),
      s.$labels.listen((labels) => this.view?.setStatuses(labels)),
      s.$strengths.listen((strengths) => this.view?.setStrengths(strengths)),
    ];
    this.create();
  }

  hostUpdated(): void {
    this.create();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribers.forEach((u) => u());
    this.unsubscribers = [];
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    if (this.view && this.state.$map.get()) this.viewport.keep(this.view.viewport());
    this.view?.destroy();
    this.view = null;
  }

  setDirection(direction: LayoutDirection): void {
    this.direction = direction;
    this.view?.setDirection(direction);
    this.viewport.fitNext();
    this.queueRender();
  }

  /** Colours and `colorBy` again, once styles have recomputed (a theme attribute changes them only then). */
  applyAppearance(): void {
    if (!this.view) return;
    requestAnimationFrame(() => {
      this.view?.setAppearance(this.theme.colours(), this.state.$colorBy.get());
      this.host.requestUpdate();
    });
  }

  /** Makes the view once connected with a rendered container. */
  private create(): void {
    if (this.view || !this.connected) return;
    const container = this.host.renderRoot.querySelector<HTMLElement>('.graph');
    // A document with no window (createHTMLDocument) draws nothing: the view waits for a page.
    const window_ = this.host.ownerDocument.defaultView;
    if (!container || !window_) return;
    const view = new CytoscapeView(container, this.theme.colours(), this.onSelect);
    this.view = view;
    view.setDirection(this.direction);
    view.setStatuses(this.state.$labels.get());
    view.setStrengths(this.state.$strengths.get());
    this.viewport.attach(view);
    // Handled in the next frame: resizing the canvases within the observer's callback would
    // resize what it observes again, which the browser reports as an error.
    this.resizeObserver = new window_.ResizeObserver(() => window_.requestAnimationFrame(() => {
      if (this.view === view) this.viewport.resized(view);
    }));
    this.resizeObserver.observe(container);
    this.applyAppearance();
    const loaded = this.state.$map.get();
    if (loaded) view.setMap(loaded.map, loaded.index, loaded.sides, loaded.layout);
    this.queueRender();
  }

  queueRender(): void {
    if (this.renderQueued) return;
    this.renderQueued = true;
    const draw = () => requestAnimationFrame(() => {
      this.renderQueued = false;
      this.render();
    });
    // A new map's labels are measured in tasks of their own (see CytoscapeView.setMap): draw
    // after them, so that measuring and laying out a big map are short tasks, not one long one.
    if (this.view?.sceneReady === false) void this.view.whenSceneReady().then(draw);
    else draw();
  }

  private render(): void {
    const view = this.view;
    const s = this.state;
    if (!view || !s.$map.get()) return;
    view.render({ visible: s.$visible.get(), faded: s.$inFocus.get(), matches: s.$matches.get(), selected: s.$selected.get() });
    this.viewport.drawn(view);
    this.host.requestUpdate();
  }
}
