import { css } from 'lit';

/** The flow sheet: a wide table of speeches on screen, one landscape page per side in print. */
export const caseFlowStyles = css`
  :host {
    --_rule: var(--_border, var(--argument-map-border, #7b8794));
    --_ours: var(--case-view-ours-color, #1b7a32);
    --_theirs: var(--case-view-theirs-color, #c0262d);
    font: 14px/1.45 var(--argument-map-font, system-ui, sans-serif);
    color: var(--_ink);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem 0.8rem;
    margin: 0 0 0.8rem;
  }
  select, .export {
    font: inherit;
    font-size: 0.85rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_rule);
    border-radius: 4px;
    background: var(--_paper);
    color: inherit;
  }
  label { font-size: 0.85rem; display: inline-flex; gap: 0.4rem; align-items: center; }
  .export { cursor: pointer; }
  h4 { margin: 1rem 0 0.4rem; font-size: 0.95rem; }
  .page.ours h4 { color: inherit; border-left: 4px solid var(--_ours); padding-left: 0.4rem; }
  .page.theirs h4 { color: inherit; border-left: 4px dashed var(--_theirs); padding-left: 0.4rem; }
  /* Positioned, so the screen-reader-only speech names inside scroll with the table, not past the page. */
  .scroll { position: relative; overflow-x: auto; max-width: 100%; }
  .scroll:focus-visible, .tag:focus-visible, select:focus-visible, .export:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
    table-layout: fixed;
    min-width: 100%;
  }
  th, td {
    width: 11rem;
    min-width: 9rem;
    padding: 0.3rem 0.4rem;
    border: 1px solid var(--_rule);
    vertical-align: top;
    text-align: left;
    font-size: 0.8rem;
    line-height: 1.3;
  }
  th { font-size: 0.8rem; border-bottom-width: 2px; }
  th.ours { border-top: 3px solid var(--_ours); }
  th.theirs { border-top: 3px dashed var(--_theirs); }
  tr.blank td { height: 2.2rem; }
  td.case .tag { font-weight: 700; }
  td.attack { border-left: 3px dashed var(--_theirs); }
  td.answer { border-left: 3px solid var(--_ours); }
  .tag {
    all: unset;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .tag:hover { text-decoration: underline; }
  .cards { color: var(--_faint); white-space: nowrap; margin-left: 0.2rem; }
  .none { color: var(--_faint); font-style: italic; font-size: 0.85rem; }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .print-only { display: none; }

  /* Each side's page on a landscape sheet of its own: the named page's @page rule is in the document (flow-page-rule.ts). */
  @media print {
    :host { color: #000; font: 7.5pt/1.2 Georgia, 'Times New Roman', serif; }
    .controls, .export, .cards { display: none; }
    .page { page: flow; break-before: page; break-inside: auto; }
    .print-only { display: block; margin: 0 0 0.2rem; font-size: 7.5pt; color: #333; }
    h4 { margin: 0 0 0.1rem; font-size: 10pt; }
    .scroll { overflow: visible; }
    table { width: 100%; min-width: 0; }
    th, td { width: auto; min-width: 0; padding: 1.5pt 3pt; font-size: 7.5pt; border-color: #555; }
    /* The case is the longest text and the rest of the row is mostly blank: its column is wider. */
    th:first-child, td:first-child { width: 26%; }
    /* Room to write in during the round: tall rows when the page has space for them, else only what the text needs. */
    .page:not(.long) td { height: 1.3cm; }
    .page.long tr.blank { display: none; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; }
    .tag { cursor: auto; }
  }
`;
