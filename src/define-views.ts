// Registers the views that sit beside a map (the case with its flow sheet, the stance matrix, the
// source text), once, where a browser has a registry.
import { CaseFlow } from './components/case-view/case-flow.js';
import { CaseView } from './components/case-view/case-view.js';
import { SourceView } from './components/source-view/source-view.js';
import { StanceMatrix } from './components/stance-matrix/stance-matrix.js';

// Literal define calls, one a line, so that custom-elements.json links each tag to its class.
if (typeof customElements !== 'undefined') {
  if (!customElements.get('case-flow')) customElements.define('case-flow', CaseFlow);
  if (!customElements.get('case-view')) customElements.define('case-view', CaseView);
  if (!customElements.get('stance-matrix')) customElements.define('stance-matrix', StanceMatrix);
  if (!customElements.get('source-view')) customElements.define('source-view', SourceView);
}
