import { css } from 'lit';

/** The source view's own look; the shared frame is in ../shared/view-base.styles.ts. */
export const sourceViewStyles = css`
  :host {
    --_quoted: var(--source-view-quoted-color, #fff0a8);
    --_unquoted: var(--source-view-unquoted-color, #c9d1d9);
  }
  .base {
    line-height: 1.5;
  }
  h2 {
    margin: 0 0 0.2rem;
    font-size: 1.2rem;
    line-height: 1.3;
  }
  .meta, .coverage, .none {
    margin: 0 0 0.5rem;
    color: var(--_faint);
    font-size: 0.85rem;
  }
  .coverage strong {
    color: var(--_ink);
  }
  .none {
    font-style: italic;
  }
  .text p {
    margin: 0 0 0.8rem;
    padding-left: 0.6rem;
    border-left: 3px solid transparent;
  }
  .text p.unquoted {
    border-left-color: var(--_unquoted);
  }
  mark {
    background: var(--_quoted);
    color: inherit;
    border-radius: 2px;
  }
  /* Underlined, thinly: a link in running text must show itself without relying on colour. */
  mark a, a.also {
    color: inherit;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 2px;
  }
  mark a:hover {
    text-decoration-thickness: 2px;
  }
  a:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  sup {
    line-height: 0;
  }
  a.also {
    padding: 0 0.15rem;
    border-radius: 2px;
    background: var(--_quoted);
    font-weight: 600;
  }
  @media print {
    .base { padding: 0; background: none; color: #000; }
    mark { background: none; text-decoration: underline; }
  }
`;
