import { css } from 'lit';
import { viewBaseStyles } from '../shared/view-base.styles.js';

export const mapEditorStyles = [viewBaseStyles, css`
  :host {
    height: 100%;
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: 0.6rem;
    height: 100%;
  }
  .file {
    display: flex;
    gap: 0.4rem;
    align-items: center;
  }
  .file select {
    flex: 1;
  }
  .text {
    display: flex;
    flex: 1;
    min-height: 18rem;
    border: 1px solid var(--_faint);
    border-radius: 4px;
    overflow: hidden;
    background: var(--_paper);
    --_heading: #1a4f9c;
    --_quote: #4c6b22;
    --_mark: #8a5a00;
    --_selection: #c9dcff;
  }
  @media (prefers-color-scheme: dark) {
    .text {
      --_heading: #8fbcff;
      --_quote: #a8d08d;
      --_mark: #e0b458;
      --_selection: #2d4670;
    }
  }
  .text:focus-within {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .tok-heading {
    color: var(--_heading);
    font-weight: 600;
  }
  .tok-quote {
    color: var(--_quote);
  }
  .tok-mark {
    color: var(--_mark);
  }
  .tok-emphasis {
    font-style: italic;
  }
  .tok-strong {
    font-weight: 700;
  }
  .tok-link {
    text-decoration: underline;
  }
  .collab {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 1rem;
    align-items: center;
    padding: 0.4rem 0.6rem;
    border-left: 4px solid var(--_focus);
    background: color-mix(in srgb, var(--_focus) 8%, transparent);
  }
  .collab.problem, .collab.view {
    border-left-color: var(--_attacks, var(--argument-map-attack-color, #c0262d));
  }
  .collab p {
    margin: 0;
    flex: 1 1 16rem;
  }
  .collab .others {
    order: 3;
    flex-basis: 100%;
  }
  .collab .name {
    display: flex;
    gap: 0.4rem;
    align-items: center;
  }
  .collab input {
    width: 9rem;
    font: inherit;
    color: var(--_ink);
    background: var(--_paper);
    border: 1px solid var(--_faint);
    border-radius: 3px;
    padding: 0.1rem 0.3rem;
  }
  .swatch {
    width: 0.8rem;
    height: 0.8rem;
    border-radius: 50%;
  }
  button:focus-visible, input:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .actions {
    display: flex;
    gap: 0.5rem;
    flex-wrap: wrap;
  }
  .diagnostics {
    margin: 0;
    padding: 0;
    list-style: none;
    max-height: 12rem;
    overflow: auto;
  }
  .diagnostics li {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    padding: 0.15rem 0;
  }
  .diagnostics .error span {
    color: var(--_attacks, var(--argument-map-attack-color, #c0262d));
  }
  .where {
    flex: none;
    font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }
  .summary, .note {
    margin: 0;
    color: var(--_faint);
  }
`];
