import { css } from 'lit';

/**
 * What the views beside a map share: inside or next to `<argument-map>` they take its colours
 * (`--_text` and friends); alone they fall back to the public `--argument-map-*` properties.
 */
export const viewBaseStyles = css`
  :host {
    display: block;
    --_ink: var(--_text, var(--argument-map-text, #1d2329));
    --_faint: var(--_muted, var(--argument-map-muted, #56606b));
    --_paper: var(--argument-map-panel-background, var(--_background, #ffffff));
    --_focus: var(--_accent, var(--argument-map-accent, #1a5fd0));
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    box-sizing: border-box;
    padding: 1rem 1.2rem 2rem;
    background: var(--_paper);
    color: var(--_ink);
    font: 14px/1.45 var(--argument-map-font, system-ui, sans-serif);
    overflow-wrap: anywhere;
  }
`;
