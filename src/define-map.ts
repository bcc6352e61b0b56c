// Registers <argument-map> and the elements drawn inside it (the panel and the outline), once,
// where a browser has a registry. `define.ts` adds the views beside it; the explorer loads those
// only when their tool opens.
import { ArgumentMapElement } from './components/argument-map/argument-map.js';
import { ClaimPanel } from './components/claim-panel/claim-panel.js';
import { MapOutline } from './components/map-outline/map-outline.js';

// Literal define calls, one a line, so that custom-elements.json links each tag to its class.
// A second copy of the package on one page keeps the first registration instead of throwing.
if (typeof customElements !== 'undefined') {
  if (!customElements.get('claim-panel')) customElements.define('claim-panel', ClaimPanel);
  if (!customElements.get('map-outline')) customElements.define('map-outline', MapOutline);
  if (!customElements.get('argument-map')) customElements.define('argument-map', ArgumentMapElement);
}
