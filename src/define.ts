// Registers <argument-map> and every element of the package, once, where a browser has a registry.
// The only modules with that side effect are this one and the two it imports: `argument-map/element`
// gives the classes without it, and importing the package in Node (server-side rendering, a build
// script) registers nothing.
import './define-map.js';
import './define-views.js';
