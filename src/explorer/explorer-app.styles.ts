import { css } from 'lit';

export const explorerStyles = css`
  :host {
    display: grid;
    grid-template-rows: auto auto minmax(0, 1fr);
    height: 100%;
    font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    color: var(--explorer-text, #1d2329);
    background: var(--explorer-background, #f6f8fa);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem 0.9rem;
    padding: 0.45rem 0.8rem;
    border-bottom: 1px solid #c9d1d9;
  }
  h1 {
    margin: 0 0.4rem 0 0;
    font-size: 1rem;
    white-space: nowrap;
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    white-space: nowrap;
  }
  select {
    max-width: 22rem;
  }
  input[type='search'] {
    width: 12rem;
  }
  select, input, button {
    font: inherit;
    padding: 0.2rem 0.35rem;
    border: 1px solid #8c959f;
    border-radius: 4px;
    background: #fff;
    color: inherit;
  }
  button {
    cursor: pointer;
    min-width: 2rem;
  }
  button[aria-pressed='true'] {
    background: #dbe8fb;
    border-color: #1a5fd0;
  }
  :is(select, input, button):focus-visible {
    outline: 2px solid #1a5fd0;
    outline-offset: 1px;
  }
  .group {
    display: inline-flex;
    gap: 0.2rem;
  }
  .export-status {
    color: #56606b;
    font-size: 0.85rem;
  }
  .export-error {
    padding: 0.1rem 0.45rem;
    border: 1px solid #c0262d;
    border-radius: 4px;
    background: #fdecec;
    color: #8a1117;
    font-weight: 600;
  }
  .count {
    color: #56606b;
    font-size: 0.85rem;
  }
  .notice {
    grid-row: 2;
    padding: 1rem;
  }
  header {
    grid-row: 1;
  }
  .origin-banner {
    grid-row: 2;
    margin: 0;
    padding: 0.45rem 0.8rem;
    border-bottom: 2px solid #b58100;
    background: #fff4cc;
    color: #3d2e00;
    overflow-wrap: anywhere;
  }
  .origin-banner a {
    color: #1a5fd0;
    font-weight: 600;
  }
  /* The banner above says it already, louder. */
  argument-map::part(origin) {
    display: none;
  }
  .workspace {
    grid-row: 3;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    min-height: 0;
  }
  .workspace.with-tool {
    grid-template-columns: minmax(0, 1fr) minmax(320px, 40%);
  }
  argument-map {
    min-height: 0;
    height: 100%;
  }
  .tool {
    min-height: 0;
    overflow: auto;
    border-left: 1px solid #c9d1d9;
    background: var(--explorer-tool-background, #fff);
  }
  .article-pick {
    display: flex;
    gap: 0.4rem;
    padding: 0.6rem 1rem 0;
  }
  .article-pick select {
    flex: 1;
    min-width: 0;
    max-width: none;
  }
  @media (max-width: 800px) {
    .workspace.with-tool {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
  .back {
    font-weight: 600;
    color: #1a5fd0;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --explorer-text: #e6e9ed;
      --explorer-background: #0f1318;
    }
    header { border-color: #34404c; }
    .origin-banner { background: #3d3000; color: #fff0bf; border-color: #c99a1a; }
    .origin-banner a { color: #8fbcff; }
    select, input, button { background: #1c232b; border-color: #56606b; }
    button[aria-pressed='true'] { background: #1f3a5f; }
    .tool {
      --explorer-tool-background: #161b21;
      --argument-map-panel-background: #161b21;
      --argument-map-text: #e6e9ed;
      --argument-map-muted: #a5afba;
      --argument-map-border: #8896a6;
      --argument-map-accent: #7fb0ff;
      --argument-map-link: #8fbcff;
      border-color: #34404c;
    }
    .count, .export-status { color: #a5afba; }
    .export-error { background: #4a1618; color: #ffd6d6; border-color: #ff7b7b; }
  }
  @media print {
    header { display: none; }
    :host { display: block; height: auto; }
    .workspace.with-tool { display: block; }
    .workspace.with-tool argument-map { display: none; }
    .tool { overflow: visible; border: 0; }
  }
`;
