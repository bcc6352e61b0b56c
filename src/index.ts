// `argument-map`: everything, and <argument-map> registered where the page has a custom-element registry.
import './define.js';

export * from './core.js';
export * from './element.js';
