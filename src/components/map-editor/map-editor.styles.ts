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
  textarea {
    box-sizing: border-box;
    width: 100%;
    min-height: 18rem;
    flex: 1;
    resize: vertical;
    padding: 0.5rem;
    border: 1px solid var(--_faint);
    border-radius: 4px;
    background: var(--_paper);
    color: var(--_ink);
    font: 13px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    tab-size: 2;
  }
  textarea.measure {
    position: absolute;
    visibility: hidden;
    height: 0;
    min-height: 0;
    overflow: hidden;
    resize: none;
  }
  textarea:focus-visible, button:focus-visible {
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
