import { css } from 'lit';

/** The case's own look; the shared frame is in ../shared/view-base.styles.ts. */
export const caseViewStyles = css`
  :host {
    --_rule: var(--_border, var(--argument-map-border, #7b8794));
    --_ours: var(--case-view-ours-color, #1b7a32);
    --_theirs: var(--case-view-theirs-color, #c0262d);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.4rem 1rem;
    margin-bottom: 0.5rem;
  }
  h2 {
    flex: 1 1 20rem;
    margin: 0;
    font-size: 1.2rem;
    line-height: 1.3;
  }
  .meta {
    margin: 0 0 1rem;
    color: var(--_faint);
    font-size: 0.85rem;
  }
  .exports { display: inline-flex; flex-wrap: wrap; gap: 0.4rem; }
  .export {
    font: inherit;
    font-size: 0.85rem;
    padding: 0.25rem 0.7rem;
    border: 1px solid var(--_rule);
    border-radius: 4px;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  h3 {
    margin: 1.6rem 0 0.6rem;
    padding-bottom: 0.2rem;
    border-bottom: 2px solid var(--_rule);
    font-size: 1rem;
    letter-spacing: 0.03em;
    text-transform: uppercase;
  }
  section.ours > h3 { border-bottom-color: var(--_ours); }
  section.theirs > h3 { border-bottom-color: var(--_theirs); }
  .claim {
    margin: 0 0 1.1rem;
    padding-left: 0.7rem;
    border-left: 4px solid var(--_rule);
  }
  .claim.ours { border-left-color: var(--_ours); }
  .claim.theirs { border-left-color: var(--_theirs); }
  h4, h5 {
    margin: 0 0 0.2rem;
    font-size: 1rem;
    line-height: 1.35;
  }
  .tag {
    all: unset;
    cursor: pointer;
    font-weight: 700;
  }
  .tag:hover { text-decoration: underline; }
  .tag:focus-visible, .export:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .argues, .note, .none {
    margin: 0 0 0.4rem;
    color: var(--_faint);
    font-size: 0.85rem;
  }
  .note p { margin: 0.2rem 0; }
  .none { font-style: italic; }
  .card {
    margin: 0.5rem 0 0.8rem;
  }
  .cite {
    margin: 0 0 0.25rem;
    font-size: 0.85rem;
  }
  .cite .kind { font-style: italic; }
  .stance, .caution {
    display: block;
    color: var(--_faint);
  }
  .caution { font-weight: 600; }
  blockquote {
    margin: 0;
    padding: 0.1rem 0 0.1rem 0.75rem;
    border-left: 3px solid var(--_rule);
  }
  blockquote p { margin: 0.2rem 0; }
  .answer {
    margin: 0 0 1.2rem;
  }
  .answer > h4 { font-weight: 400; }
  .flanks li { margin: 0 0 0.4rem; }
  a { color: inherit; }

  @media print {
    .base {
      padding: 0;
      background: none;
      color: #000;
      font: 10.5pt/1.4 Georgia, 'Times New Roman', serif;
    }
    .export { display: none; }
    /* The flow's pages start on sheets of their own; "Print flow" leaves the brief out. */
    .flow > h3, :host([printing='flow']) .base > :not(.flow) { display: none; }
    h3 { break-after: avoid; }
    h4, h5, .argues, .note, .cite { break-after: avoid; }
    .card, .flanks li { break-inside: avoid; }
    .claim { border-left-width: 2pt; }
    .argues, .note, .none, .stance, .caution, .meta { color: #333; }
    .tag { cursor: auto; text-decoration: none; }
    a { text-decoration: none; }
    a[href]::after { content: ' <' attr(href) '>'; font-size: 0.9em; }
  }
`;
