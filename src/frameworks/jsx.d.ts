// `argument-map/jsx`: <argument-map> in React 19 TSX. Load it once, e.g. `import type {} from 'argument-map/jsx';`.
// React 19 sets these as properties (objects such as `map` included) and listens to
// `onclaim-select` as the `claim-select` event.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ArgumentMapElement } from '../element.js';
import type { ArgumentMapEventProps, ArgumentMapProperties } from './element-props.js';

export type { ArgumentMapEventProps, ArgumentMapProperties } from './element-props.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'argument-map': DetailedHTMLProps<HTMLAttributes<ArgumentMapElement>, ArgumentMapElement> & ArgumentMapProperties & ArgumentMapEventProps;
    }
  }
}
