import { css } from 'lit';

export const claimPanelStyles = css`
  :host {
    display: block;
  }
  .base {
    box-sizing: border-box;
    height: 100%;
    overflow: auto;
    padding: 1rem 1.1rem 1.5rem;
    background: var(--argument-map-panel-background, var(--_background));
    color: var(--_text);
    border-left: 1px solid var(--_border);
    font: 14px/1.45 var(--argument-map-font, system-ui, sans-serif);
  }
  header {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }
  h2 {
    flex: 1;
    margin: 0 0 0.4rem;
    font-size: 1.05rem;
    line-height: 1.35;
  }
  .meta {
    margin: 0 0 0.8rem;
    color: var(--_muted);
    font-size: 0.85rem;
  }
  .side {
    display: inline-block;
    padding: 0 0.4em;
    border-radius: 3px;
    font-weight: 600;
    color: var(--_text);
  }
  .side.pro { background: var(--_pro-fill); }
  .side.con { background: var(--_con-fill); }
  .side.thesis { background: var(--_thesis-fill); }
  .standing {
    margin: 0 0 0.8rem;
    font-size: 0.85rem;
  }
  .strength { margin: -0.4rem 0 0.8rem; font-size: 0.85rem; color: var(--_muted); }
  .label {
    padding: 0.05rem 0.45rem;
    border-radius: 3px;
    font-weight: 700;
    border: 1px solid currentColor;
  }
  .label { margin-right: 0.3rem; }
  .label.out, .label.undec { border-style: dashed; }
  .standing p { margin: 0 0 0.4rem; }
  .answer {
    font: inherit;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_link);
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .assume-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
    color: var(--_muted);
  }
  .assume-group {
    display: inline-flex;
    gap: 0.2rem;
  }
  .assume {
    font: inherit;
    padding: 0.05rem 0.4rem;
    border: 1px solid var(--_border);
    border-radius: 3px;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .assume[aria-pressed='true'] {
    background: var(--_hover);
    border-color: var(--_accent);
    font-weight: 600;
  }
  h3 {
    margin: 1.1rem 0 0.4rem;
    font-size: 0.8rem;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  figure {
    margin: 0 0 1rem;
  }
  blockquote {
    margin: 0;
    padding: 0.1rem 0 0.1rem 0.75rem;
    border-left: 3px solid var(--_accent);
  }
  blockquote :first-child { margin-top: 0; }
  blockquote :last-child { margin-bottom: 0; }
  blockquote + blockquote, .speaker + blockquote {
    margin-top: 0.5rem;
  }
  .speaker {
    margin: 0.15rem 0 0 0.75rem;
    font-size: 0.85rem;
    font-weight: 600;
  }
  figcaption {
    margin-top: 0.3rem;
    font-size: 0.85rem;
    color: var(--_muted);
  }
  .stance {
    display: block;
    margin-top: 0.15rem;
  }
  .kind {
    font-style: italic;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    margin: 0 0 0.3rem;
  }
  li button {
    all: unset;
    cursor: pointer;
    display: block;
    padding: 0.25rem 0.4rem 0.25rem 0.6rem;
    border-radius: 4px;
    border-left: 3px solid transparent;
  }
  li button.supports { border-left-color: var(--_supports); }
  li button.attacks { border-left-color: var(--_attacks); border-left-style: dashed; }
  li button:hover { background: var(--_hover); }
  li button:focus-visible, .close:focus-visible, h2:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  .close {
    all: unset;
    cursor: pointer;
    font-size: 1.3rem;
    line-height: 1;
    padding: 0 0.3rem;
    border-radius: 4px;
  }
  .none {
    color: var(--_muted);
    font-style: italic;
  }
  a { color: var(--_link); }
  /* Fingers need bigger targets than a mouse. */
  @media (pointer: coarse), (max-width: 600px) {
    .assume, .close, li > button {
      min-height: 44px;
      min-width: 44px;
    }
  }
`;
