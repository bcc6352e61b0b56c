// `argument-map/preact`: <argument-map> in Preact TSX. Load it once, e.g. `import type {} from 'argument-map/preact';`.
import type { ArgumentMapEventProps, ArgumentMapProperties } from './element-props.js';
import type { ArgumentMapElement } from '../element.js';

export type { ArgumentMapEventProps, ArgumentMapProperties } from './element-props.js';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'argument-map': HTMLAttributes<ArgumentMapElement> & ArgumentMapProperties & ArgumentMapEventProps;
    }
  }
}
