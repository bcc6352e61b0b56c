// What a template may set on <argument-map>, shared by the React, Preact and Vue typings.
import type { ArgumentMapElement, ClaimSelectEvent, MapErrorEvent, MapLoadEvent } from '../element.js';

/** The element's properties a framework sets (all optional; see the README for their meaning). */
export type ArgumentMapProperties = Partial<Pick<ArgumentMapElement,
  'src' | 'format' | 'map' | 'selected' | 'thread' | 'search' | 'focusClaim' | 'focusDepth' | 'colorBy' | 'layout' | 'theme' | 'view'>>;

/** Its events, by the names React 19 and Preact listen with (`on` + the event's own name). */
export interface ArgumentMapEventProps {
  'onclaim-select'?: (event: ClaimSelectEvent) => void;
  'onmap-load'?: (event: MapLoadEvent) => void;
  'onmap-error'?: (event: MapErrorEvent) => void;
}
