import { css } from 'lit';

/** The drill's own look; the shared frame is in ../shared/view-base.styles.ts. */
export const practiceDrillStyles = css`
  :host {
    --_rule: var(--_border, var(--argument-map-border, #7b8794));
    --_ours: var(--practice-drill-ours-color, #1b7a32);
    --_theirs: var(--practice-drill-theirs-color, #c0262d);
    --_weak: var(--practice-drill-weak-color, #8a5a00);
    --_control: var(--practice-drill-control-background, transparent);
  }
  /* Holds the visually hidden live region, which would otherwise stretch the page below it. */
  .base { position: relative; }
  h2 { margin: 0 0 0.6rem; font-size: 1.2rem; line-height: 1.3; }
  h3 { margin: 0.6rem 0 0.3rem; font-size: 1.1rem; line-height: 1.35; }
  h3.theirs { padding-left: 0.6rem; border-left: 4px solid var(--_theirs); }
  h4 { margin: 1.2rem 0 0.4rem; font-size: 0.95rem; letter-spacing: 0.03em; text-transform: uppercase; }
  h5 { margin: 0 0 0.2rem; font-size: 1rem; }
  p { margin: 0 0 0.6rem; }
  .none, .count, .progress, .strength, #attack-target, .yours { color: var(--_faint); }
  .none { font-style: italic; }
  /* The clock stays in sight while the answer is scrolled to. */
  .turn .bar { position: sticky; top: 0; z-index: 1; background: var(--_paper); margin: 0; padding: 0.4rem 0; }
  .bar, .actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; margin: 0.6rem 0; }
  .fields { display: grid; grid-template-columns: max-content minmax(0, 1fr); align-items: center; gap: 0.5rem 0.6rem; margin: 0.8rem 0; }
  .fields label { display: contents; }
  .fields select { width: 100%; }
  .fields .seconds input { justify-self: start; }
  .seconds { display: inline-flex; align-items: center; gap: 0.4rem; white-space: nowrap; }
  select, input, button {
    font: inherit;
    color: inherit;
    background: var(--_control);
    border: 1px solid var(--_rule);
    border-radius: 4px;
    padding: 0.3rem 0.5rem;
    min-height: 2rem;
    box-sizing: border-box;
  }
  select { max-width: 100%; min-width: 0; }
  .seconds input { width: 5.5rem; }
  button { cursor: pointer; padding: 0.3rem 0.9rem; }
  button.primary { border-width: 2px; border-color: var(--_focus); font-weight: 600; }
  button:disabled { cursor: default; opacity: 0.6; }
  :is(select, input, button, .tag, summary):focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  .clock {
    font: 700 1.6rem/1 ui-monospace, SFMono-Regular, Menlo, monospace;
    font-variant-numeric: tabular-nums;
    padding: 0.2rem 0.5rem;
    border: 2px solid var(--_rule);
    border-radius: 4px;
  }
  .clock.low { border-color: var(--_theirs); }
  .their-cards { margin: 0.8rem 0; }
  .their-cards summary { cursor: pointer; color: var(--_faint); }
  form { display: grid; gap: 0.7rem; }
  fieldset { margin: 0; padding: 0.3rem 0.6rem 0.5rem; border: 1px solid var(--_rule); border-radius: 4px; min-width: 0; }
  legend { padding: 0 0.3rem; font-weight: 600; }
  .choices { display: grid; gap: 0.15rem; max-height: 16rem; overflow: auto;
    overscroll-behavior: contain; }
  .choice { display: flex; gap: 0.5rem; align-items: baseline; padding: 0.2rem 0; cursor: pointer; }
  .choice input { min-height: 0; margin: 0; flex: none; }
  .typed { display: grid; gap: 0.3rem; font-weight: 600; }
  .typed input { font-weight: 400; width: 100%; }
  .verdict { padding: 0.5rem 0.7rem; border: 2px solid var(--_rule); border-radius: 4px; font-weight: 600; }
  .verdict .mark, .tally .mark { font-weight: 700; }
  .verdict.answered { border-color: var(--_ours); }
  .verdict.weak { border-color: var(--_weak); border-style: dashed; }
  .verdict.open { border-color: var(--_theirs); border-style: double; border-width: 4px; }
  .claim { margin: 0 0 1rem; padding-left: 0.7rem; border-left: 4px solid var(--_ours); }
  .tag { all: unset; cursor: pointer; font-weight: 700; }
  .tag:hover { text-decoration: underline; }
  .turns { margin: 0; padding: 0; list-style: none; }
  .turns li { display: grid; justify-items: start; gap: 0.1rem; margin: 0 0 0.8rem; padding-left: 0.7rem; border-left: 4px solid var(--_rule); }
  .turns li.open { border-left-color: var(--_theirs); border-left-style: double; }
  .turns li.weak { border-left-color: var(--_weak); border-left-style: dashed; }
  .turns li.answered { border-left-color: var(--_ours); }
  .role { color: var(--_faint); font-size: 0.85rem; margin-top: 0.2rem; }
  .turns .tag { font-weight: 600; }
  .why { margin-top: 0.2rem; }
  h3[tabindex='-1']:focus { outline: none; }
  .card { margin: 0.4rem 0 0.7rem; }
  .cite { font-size: 0.85rem; margin: 0 0 0.2rem; }
  .cite .kind { font-style: italic; }
  .stance, .caution { display: block; color: var(--_faint); }
  .caution { font-weight: 600; }
  blockquote { margin: 0; padding: 0.1rem 0 0.1rem 0.75rem; border-left: 3px solid var(--_rule); }
  blockquote p { margin: 0.2rem 0; }
  a { color: inherit; }
  .live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  /* Where the drill has the height, the motion above a new step stays in sight too. */
  @media (min-height: 700px) {
    .turn, .reveal { scroll-margin-top: 5rem; }
  }
  @media (pointer: coarse), (max-width: 600px) {
    select, input:not([type='radio']), button { min-height: 44px; }
    .choice { padding: 0.5rem 0; }
    .choices { max-height: 11rem; }
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_ours: var(--practice-drill-ours-color, #5cc97a);
      --_theirs: var(--practice-drill-theirs-color, #ff7b7b);
      --_weak: var(--practice-drill-weak-color, #e0b050);
      --_control: var(--practice-drill-control-background, #1c232b);
    }
  }
`;
