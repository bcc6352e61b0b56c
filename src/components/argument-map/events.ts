import type { Diagnostic } from '../../model/diagnostic.js';
import type { ArgumentMap, Claim } from '../../model/types.js';

export interface ClaimSelectDetail {
  /** The selected claim's id, or null when the selection was cleared. */
  id: string | null;
  claim: Claim | null;
}

/** The user selected a claim (click, tap, keyboard, or a link in the panel) or cleared the selection. */
export class ClaimSelectEvent extends CustomEvent<ClaimSelectDetail> {
  constructor(detail: ClaimSelectDetail) {
    super('claim-select', { detail, bubbles: true, composed: true });
  }
}

export interface MapLoadDetail {
  map: ArgumentMap;
  /** Warnings found while reading the map (a map with errors fires `map-error` instead). */
  diagnostics: Diagnostic[];
}

/** A map was loaded and is shown. */
export class MapLoadEvent extends CustomEvent<MapLoadDetail> {
  constructor(detail: MapLoadDetail) {
    super('map-load', { detail, bubbles: true, composed: true });
  }
}

export interface MapErrorDetail {
  message: string;
  diagnostics: Diagnostic[];
}

/** A map could not be loaded or has errors; the element shows them in place of the graph. */
export class MapErrorEvent extends CustomEvent<MapErrorDetail> {
  constructor(detail: MapErrorDetail) {
    super('map-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'claim-select': ClaimSelectEvent;
    'map-load': MapLoadEvent;
    'map-error': MapErrorEvent;
  }
}
