// Registers <argument-map> and the elements it is made of, once, where a browser has a registry.
// The only module with that side effect: `argument-map/element` gives the classes without it, and
// importing the package in Node (server-side rendering, a build script) registers nothing.
import { ArgumentMapElement } from './components/argument-map/argument-map.js';
import { CaseFlow } from './components/case-view/case-flow.js';
import { CaseView } from './components/case-view/case-view.js';
import { ClaimPanel } from './components/claim-panel/claim-panel.js';
import { MapOutline } from './components/map-outline/map-outline.js';
import { SourceView } from './components/source-view/source-view.js';
import { StanceMatrix } from './components/stance-matrix/stance-matrix.js';

// Literal define calls, one a line, so that custom-elements.json links each tag to its class.
// A second copy of the package on one page keeps the first registration instead of throwing.
if (typeof customElements !== 'undefined') {
  if (!customElements.get('claim-panel')) customElements.define('claim-panel', ClaimPanel);
  if (!customElements.get('map-outline')) customElements.define('map-outline', MapOutline);
  if (!customElements.get('argument-map')) customElements.define('argument-map', ArgumentMapElement);
  if (!customElements.get('case-flow')) customElements.define('case-flow', CaseFlow);
  if (!customElements.get('case-view')) customElements.define('case-view', CaseView);
  if (!customElements.get('stance-matrix')) customElements.define('stance-matrix', StanceMatrix);
  if (!customElements.get('source-view')) customElements.define('source-view', SourceView);
}
