// `argument-map/vue`: <argument-map> typed in Vue templates and `h()`. Load it once, e.g.
// `import type {} from 'argument-map/vue';`, and tell Vue's compiler the tag is a custom element
// (`compilerOptions.isCustomElement`, see docs/embedding.md).
import type { DefineComponent } from 'vue';
import type { ClaimSelectEvent, MapErrorEvent, MapLoadEvent } from '../element.js';
import type { ArgumentMapProperties } from './element-props.js';

export type { ArgumentMapProperties } from './element-props.js';

/** The element's events as Vue listens to them: `@claim-select` in a template, `onClaimSelect` in `h()`. */
export interface ArgumentMapVueEvents {
  onClaimSelect?: (event: ClaimSelectEvent) => void;
  onMapLoad?: (event: MapLoadEvent) => void;
  onMapError?: (event: MapErrorEvent) => void;
}

declare module 'vue' {
  interface GlobalComponents {
    'argument-map': DefineComponent<ArgumentMapProperties & ArgumentMapVueEvents>;
  }
}
