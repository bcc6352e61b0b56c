import { css } from 'lit';

export const explorerStyles = css`
  :host {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr);
    height: 100%;
    font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    color: var(--explorer-text, #1d2329);
    background: var(--explorer-background, #f6f8fa);
  }
  header {
    position: relative;
    z-index: 2;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: 0 1rem;
    padding: 0.35rem 0.8rem 0.3rem;
    border-bottom: 1px solid #c9d1d9;
  }
  .skip {
    position: absolute;
    left: 0.5rem;
    top: -3rem;
    padding: 0.4rem 0.7rem;
    background: var(--explorer-background, #fff);
    color: #1a5fd0;
    font-weight: 600;
  }
  .skip:focus {
    top: 0.3rem;
  }
  .heading {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-width: 0;
  }
  h1 {
    margin: 0;
    font-size: 1.1rem;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  /* The select is invisible over its short label: the heading already says which question is open. */
  .switch {
    position: relative;
    flex: none;
    display: inline-flex;
    align-items: center;
    padding: 0.15rem 0.5rem;
    border: 1px solid #8c959f;
    border-radius: 4px;
    font-size: 0.85rem;
    white-space: nowrap;
  }
  .switch select {
    position: absolute;
    inset: 0;
    width: 100%;
    max-width: none;
    min-width: 0;
    opacity: 0;
    cursor: pointer;
  }
  .switch:focus-within {
    outline: 2px solid #1a5fd0;
    outline-offset: 1px;
  }
  .summary {
    grid-column: 1 / -1;
    margin: 0.1rem 0 0;
    color: var(--explorer-muted, #4f5963);
    font-size: 0.9rem;
  }
  .tools {
    grid-column: 2;
    grid-row: 1;
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: center;
    gap: 0.4rem;
  }
  .primary {
    font-weight: 600;
    border-color: #1a5fd0;
  }
  .more {
    position: relative;
  }
  .more summary {
    display: flex;
    align-items: center;
    box-sizing: border-box;
    cursor: pointer;
    padding: 0 0.5rem;
    border: 1px solid #8c959f;
    border-radius: 4px;
    list-style-position: inside;
  }
  .more .menu {
    position: absolute;
    right: 0;
    top: calc(100% + 4px);
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: 0.45rem;
    min-width: 14rem;
    padding: 0.6rem;
    border: 1px solid #8c959f;
    border-radius: 6px;
    background: var(--explorer-background, #f6f8fa);
    box-shadow: 0 6px 18px rgb(0 0 0 / 0.18);
  }
  .more .menu label {
    justify-content: space-between;
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
    width: 11rem;
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
  .notice {
    grid-row: 2;
    padding: 1rem;
  }
  header {
    grid-row: 1;
  }
  .origin-banner {
    grid-column: 1 / -1;
  }
  button, summary, select, input {
    min-height: 2rem;
  }
  .origin-banner {
    margin: 0.3rem -0.8rem -0.3rem;
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
    grid-row: 2;
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
    .tool {
      border-left: 0;
      border-top: 1px solid #c9d1d9;
    }
    /* A drill needs the attack, the clock and the answer in sight at once. */
    .workspace.with-tool.practice {
      grid-template-rows: minmax(0, 2fr) minmax(0, 3fr);
    }
  }
  @media (max-width: 1000px) {
    header {
      grid-template-columns: minmax(0, 1fr);
    }
    .tools {
      grid-column: 1;
      grid-row: auto;
      justify-content: flex-start;
      margin-top: 0.3rem;
    }
    input[type='search'] {
      flex: 1 1 8rem;
      width: auto;
      min-width: 0;
    }
  }
  /* Fingers need bigger targets than a mouse. */
  @media (pointer: coarse), (max-width: 600px) {
    button, summary, select, input {
      min-height: 44px;
      min-width: 44px;
    }
    .switch {
      min-height: 44px;
      box-sizing: border-box;
    }
    h1 {
      font-size: 1.05rem;
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
    .export-status { color: #a5afba; }
    :host { --explorer-muted: #b3bcc6; }
    .primary { border-color: #7fb0ff; }
    .skip { color: #8fbcff; }
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
