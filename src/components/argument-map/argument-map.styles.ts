import { css } from 'lit';

/** The dark theme's colours: for `theme="dark"`, and for `auto` when the page prefers dark. */
const darkTokens = css`
  --_text: var(--argument-map-text, #e6e9ed);
  --_muted: var(--argument-map-muted, #a5afba);
  --_background: var(--argument-map-background, #161b21);
  --_border: var(--argument-map-border, #8896a6);
  --_supports: var(--argument-map-support-color, #5cc977);
  --_attacks: var(--argument-map-attack-color, #ff7b7b);
  --_accent: var(--argument-map-accent, #7fb0ff);
  --_link: var(--argument-map-link, #8fbcff);
  --_hover: var(--argument-map-hover, #26303b);
  --_pro-fill: #1d3f63;
  --_con-fill: #5c3510;
  --_thesis-fill: #38414c;
  color-scheme: dark;
`;

/**
 * Public custom properties (`--argument-map-*`) feed private ones (`--_*`) that every part and
 * the canvas read, so a page themes the element without reaching into its shadow DOM.
 */
export const argumentMapStyles = css`
  :host {
    display: block;
    position: relative;
    min-height: 320px;
    /* What the page sets on an ancestor stops here: a template's \`text-align: center\` and the like
       would otherwise shift the graph's canvas and the panel's text. */
    text-align: start;
    line-height: normal;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    font-size: 14px;
    font-style: normal;
    font-weight: normal;
    direction: ltr;
    writing-mode: horizontal-tb;
    box-sizing: border-box;
    --_text: var(--argument-map-text, #1d2329);
    --_muted: var(--argument-map-muted, #56606b);
    --_background: var(--argument-map-background, #ffffff);
    --_border: var(--argument-map-border, #7b8794);
    --_supports: var(--argument-map-support-color, #1b7a32);
    --_attacks: var(--argument-map-attack-color, #c0262d);
    --_accent: var(--argument-map-accent, #1a5fd0);
    --_match: var(--argument-map-match, #f2b600);
    --_link: var(--argument-map-link, #1a5fd0);
    --_hover: var(--argument-map-hover, #e8eef6);
    --_pro-fill: #d4e6f7;
    --_con-fill: #fbe0c6;
    --_thesis-fill: #e3e7ec;
    color-scheme: light;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  .base {
    position: absolute;
    inset: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    background: var(--_background);
    color: var(--_text);
    font: 14px/1.4 var(--argument-map-font, system-ui, sans-serif);
    overflow: hidden;
  }
  .base.with-panel {
    grid-template-columns: minmax(0, 1fr) var(--argument-map-panel-width, 380px);
  }
  .graph-area {
    position: relative;
    min-width: 0;
    min-height: 0;
  }
  .graph {
    position: absolute;
    inset: 0;
    z-index: 0;
  }
  .graph:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: -3px;
  }
  .graph[hidden], map-outline[hidden] {
    display: none;
  }
  map-outline {
    position: absolute;
    inset: 0;
  }
  map-outline.print-only {
    display: none;
  }
  claim-panel {
    min-height: 0;
  }
  .legend {
    position: absolute;
    right: 8px;
    bottom: 8px;
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.9rem;
    max-width: calc(100% - 16px);
    padding: 0.35rem 0.6rem;
    border: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
    border-radius: 6px;
    background: color-mix(in srgb, var(--_background) 90%, transparent);
    font-size: 12px;
    pointer-events: none;
    z-index: 1;
  }
  .legend span {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    white-space: nowrap;
  }
  .swatch {
    width: 0.9em;
    height: 0.9em;
    border-radius: 3px;
    border: 1px solid var(--_border);
  }
  .swatch.side {
    box-sizing: border-box;
    width: 1.7em;
    height: 1.1em;
  }
  .origin {
    position: absolute;
    top: 0;
    left: 0;
    right: 0;
    margin: 0;
    padding: 0.35rem 0.7rem;
    border-bottom: 1px solid var(--_match);
    background: color-mix(in srgb, var(--_match) 22%, var(--_background));
    color: var(--_text);
    font-size: 13px;
    overflow-wrap: anywhere;
    z-index: 3;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .status {
    position: absolute;
    inset: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    padding: 1.5rem;
    background: var(--_background);
    z-index: 2;
  }
  .error {
    align-items: flex-start;
    justify-content: flex-start;
    overflow: auto;
  }
  .error h2 {
    margin: 0 0 0.5rem;
    font-size: 1.05rem;
    color: var(--_attacks);
  }
  .empty h2 {
    color: var(--_text);
  }
  .error .excerpt {
    margin: 0.15rem 0 0.5rem;
    padding: 0.2rem 0.5rem;
    background: var(--_hover);
    border-radius: 3px;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .error ul {
    margin: 0.5rem 0 0;
    padding-left: 1.1rem;
    font: 13px/1.5 ui-monospace, monospace;
  }
  @media (max-width: 720px) {
    .base.with-panel {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: minmax(0, 1fr) minmax(0, 55%);
    }
    claim-panel {
      border-top: 1px solid var(--_border);
    }
  }

  @media print {
    :host {
      min-height: 0;
      height: auto !important;
    }
    .base, .base.with-panel {
      position: static;
      display: block;
      overflow: visible;
    }
    .graph-area {
      position: static;
    }
    .graph, .legend {
      display: none;
    }
    map-outline, map-outline.print-only {
      display: block;
      position: static;
      overflow: visible;
    }
    claim-panel {
      break-before: page;
    }
  }
`;
