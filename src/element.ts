// `argument-map/element`: the element classes and their events, not registered (see define.ts).
export { ArgumentMapElement } from './components/argument-map/argument-map.js';
export type { MapLayout, MapTheme, MapView } from './state/view-options.js';
export { ClaimSelectEvent, MapErrorEvent, MapLoadEvent } from './components/argument-map/events.js';
export type { ClaimSelectDetail, MapErrorDetail, MapLoadDetail } from './components/argument-map/events.js';
export { ClaimPanel } from './components/claim-panel/claim-panel.js';
export { ClaimAssumeEvent, PanelCloseEvent } from './components/claim-panel/claim-panel-events.js';
export type { ClaimAssumeDetail } from './components/claim-panel/claim-panel-events.js';
export { MapOutline } from './components/map-outline/map-outline.js';
export { CaseView } from './components/case-view/case-view.js';
export { CaseFlow } from './components/case-view/case-flow.js';
export { ClaimNavigateEvent } from './components/shared/claim-navigate-event.js';
export type { ClaimNavigateDetail } from './components/shared/claim-navigate-event.js';
export { StanceMatrix } from './components/stance-matrix/stance-matrix.js';
export { ThreadSelectEvent } from './components/stance-matrix/thread-select-event.js';
export type { ThreadSelectDetail } from './components/stance-matrix/thread-select-event.js';
export { SourceView } from './components/source-view/source-view.js';
export { fetchSourceText, SourceTextError } from './load/fetch-source-text.js';
