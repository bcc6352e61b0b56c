// `argument-map/argdown`: import it once so that a bundled page reads Argdown files too. It needs
// the optional @argdown/core installed beside argument-map; without this import, Node and unbundled
// pages still load the reader when an Argdown file is opened.
import { importArgdown } from './interop/argdown-import.js';
import { provideArgdownReader } from './interop/argdown-reader.js';

provideArgdownReader(importArgdown);
