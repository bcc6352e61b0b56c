import { css } from 'lit';

export const stanceMatrixStyles = css`
  :host {
    display: block;
    --_ink: var(--_text, var(--argument-map-text, #1d2329));
    --_faint: var(--_muted, var(--argument-map-muted, #56606b));
    --_rule: var(--_border, var(--argument-map-border, #7b8794));
    --_shade: var(--_hover, var(--argument-map-hover, #e8eef6));
    --_focus: var(--_accent, var(--argument-map-accent, #1a5fd0));
    --_pro: var(--stance-matrix-pro-color, #1b7a32);
    --_con: var(--stance-matrix-con-color, #c0262d);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_shade: var(--_hover, var(--argument-map-hover, #26303b));
      --_pro: var(--stance-matrix-pro-color, #5cc977);
      --_con: var(--stance-matrix-con-color, #ff8f8f);
    }
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    color: var(--_ink);
    font: 14px/1.4 var(--argument-map-font, system-ui, sans-serif);
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-size: 0.85rem;
  }
  caption {
    text-align: left;
    font-weight: 700;
    margin-bottom: 0.4rem;
  }
  th, td {
    padding: 0.35rem 0.5rem;
    border: 1px solid var(--_rule);
    text-align: left;
    vertical-align: top;
  }
  thead th { vertical-align: bottom; }
  tbody th { font-weight: 600; max-width: 16rem; }
  .kind {
    display: block;
    font-weight: 400;
    font-style: italic;
    color: var(--_faint);
  }
  td { max-width: 12rem; }
  td.none { color: var(--_faint); }
  .selected { background: var(--_shade); }
  thead button {
    all: unset;
    cursor: pointer;
    font-weight: 600;
  }
  thead button:hover { text-decoration: underline; }
  thead button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .sides {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: 0.5rem 1.5rem;
    margin-top: 1rem;
  }
  h2 {
    margin: 1.2rem 0 0;
    font-size: 1rem;
  }
  h3 {
    margin: 0.4rem 0;
    font-size: 0.85rem;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .side.pro h3 { color: var(--_pro); }
  .side.con h3 { color: var(--_con); }
  ul { list-style: none; margin: 0; padding: 0; }
  li { margin: 0 0 0.35rem; }
  .bar {
    display: block;
    height: 0.35rem;
    margin-top: 0.1rem;
    border-radius: 2px;
    background: var(--_faint);
  }
  .side.pro .bar { background: var(--_pro); }
  .side.con .bar { background: var(--_con); }
  .count, .warning, .none-quoted { color: var(--_faint); }
  .warning { font-weight: 600; margin: 0.2rem 0 0.4rem; }

  @media print {
    .base { overflow: visible; color: #000; }
    thead button { text-decoration: none; }
  }
`;
