import { html, nothing } from 'lit';
import type { CaseClaim, CaseSide } from '../../model/case/build-case.js';
import type { DrillAttack } from '../../model/drill/drill-attacks.js';
import { MAX_SECONDS, MIN_SECONDS } from '../../model/drill/drill-progress.js';
import type { DrillSummary, GradedTurn } from '../../model/drill/drill-summary.js';
import type { Verdict } from '../../model/drill/grade-turn.js';
import { clockText } from '../../model/drill/time-left.js';
import type { Thread } from '../../model/types.js';
import { evidenceCardTemplate } from '../shared/evidence-card.template.js';

/** What the drill's screens can ask of it. */
export interface DrillViewActions {
  choose(thread: string, side: CaseSide): void;
  setSeconds(value: string): void;
  start(): void;
  draft(text: string): void;
  answer(): void;
  next(): void;
  end(): void;
  restart(): void;
  exportMarkdown(): void;
  navigate(id: string): void;
}

/** A mark beside the colour, so the verdicts differ without it. */
const VERDICT_MARKS: Record<Verdict, string> = { answered: '✓', weak: '~', open: '✗' };

function secondsField(seconds: number, actions: DrillViewActions) {
  return html`<label class="seconds">Seconds per answer
    <input type="number" name="seconds" min=${MIN_SECONDS} max=${MAX_SECONDS} step="5" .value=${String(seconds)}
      @change=${(e: Event) => actions.setSeconds((e.target as HTMLInputElement).value)} />
  </label>`;
}

function claimButton(claim: CaseClaim['claim'], actions: DrillViewActions) {
  return html`<button class="tag" data-claim=${claim.id} title="Show it in the map" @click=${() => actions.navigate(claim.id)}>${claim.text}</button>`;
}

export function setupView(
  s: { threads: readonly Thread[]; thread: string; side: CaseSide; seconds: number; attacks: number },
  actions: DrillViewActions,
) {
  return html`
    <section class="setup" aria-label="Choose what to practise">
      <p>The page plays the other side: it puts their attacks on our case one at a time, strongest first,
        and you answer each before the time runs out, with one of our claims or in your own words.</p>
      <div class="fields">
        <label>Thread
          <select name="thread" @change=${(e: Event) => actions.choose((e.target as HTMLSelectElement).value, s.side)}>
            ${s.threads.map((t) => html`<option value=${t.id} ?selected=${t.id === s.thread}>${t.title}</option>`)}
          </select>
        </label>
        <label>We argue
          <select name="side" @change=${(e: Event) => actions.choose(s.thread, (e.target as HTMLSelectElement).value as CaseSide)}>
            <option value="for" ?selected=${s.side === 'for'}>for the thesis (yes)</option>
            <option value="against" ?selected=${s.side === 'against'}>against it (no)</option>
          </select>
        </label>
        ${secondsField(s.seconds, actions)}
      </div>
      <p class="count">${s.attacks === 0
        ? 'Their side has no attack on our case in the map: nothing to practise here. Try the other side.'
        : `${s.attacks} attack${s.attacks === 1 ? '' : 's'} of theirs on our case.`}</p>
      <button class="primary start" ?disabled=${s.attacks === 0} @click=${actions.start}>Start the drill</button>
    </section>
  `;
}

export function turnView(
  s: { attack: DrillAttack; number: number; total: number; ours: readonly CaseClaim[]; draft: string; clock: { remaining: number; limit: number }; seconds: number },
  actions: DrillViewActions,
) {
  const { attack, target } = s.attack;
  const low = s.clock.remaining <= 5;
  const onSubmit = (e: Event) => {
    e.preventDefault();
    actions.answer();
  };
  // Enter answers from any field of the form, a radio button included, as it does from the text
  // field; but in the seconds field it sets the time, and the attack stays to be answered.
  const onKeydown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    const field = e.target as HTMLInputElement;
    if (field.matches('input[name=seconds]')) {
      e.preventDefault();
      actions.setSeconds(field.value);
    } else if (field.matches('input[type=radio]')) onSubmit(e);
  };
  return html`
    <section class="turn" aria-labelledby="attack-title">
      <div class="bar">
        <span class="progress">Attack ${s.number} of ${s.total}</span>
        <span class="strength" title="The attack's weighed strength (DF-QuAD with base scores from its evidence, where the panel's strength starts every claim at 0.5): the strongest come first">strength by evidence ${s.attack.strength.toFixed(2)}</span>
        <span class="clock ${low ? 'low' : ''}" role="timer" aria-label="Time left">${clockText(s.clock.remaining)}</span>
      </div>
      <h3 id="attack-title" class="theirs">They say: ${attack.claim.text}</h3>
      <p id="attack-target">It attacks our claim: “${target.claim.text}”</p>
      <form @submit=${onSubmit} @keydown=${onKeydown}>
        <label class="typed">Your answer, in your own words
          <input type="text" name="typed" autocomplete="off" .value=${s.draft} aria-describedby="attack-title attack-target"
            @input=${(e: Event) => actions.draft((e.target as HTMLInputElement).value)} />
        </label>
        <fieldset>
          <legend>Or answer with one of our claims</legend>
          <div class="choices">
            ${s.ours.map((c) => html`<label class="choice"><input type="radio" name="picked" value=${c.claim.id} /> ${c.claim.text}</label>`)}
          </div>
        </fieldset>
        <div class="actions">
          <button type="submit" class="primary">Answer</button>
          <button type="button" @click=${actions.end}>End the drill</button>
          ${secondsField(s.seconds, actions)}
        </div>
      </form>
      ${attack.cards.length
        ? html`<details class="their-cards"><summary>Their evidence (${attack.cards.length} card${attack.cards.length === 1 ? '' : 's'})</summary>
            ${attack.cards.map(evidenceCardTemplate)}</details>`
        : nothing}
    </section>
  `;
}

export function revealView(s: { turn: GradedTurn; number: number; total: number; textOf: (id: string) => string }, actions: DrillViewActions) {
  const { turn } = s;
  const { attack, answers } = turn.attack;
  const { picked, typed } = turn.response;
  const last = s.number === s.total;
  return html`
    <section class="reveal" aria-labelledby="reveal-title">
      <div class="bar"><span class="progress">Attack ${s.number} of ${s.total}</span></div>
      <h3 id="reveal-title" class="theirs">They said: ${attack.claim.text}</h3>
      <p class="verdict ${turn.verdict}" data-verdict=${turn.verdict}>
        <span class="mark" aria-hidden="true">${VERDICT_MARKS[turn.verdict]}</span> ${turn.why}
      </p>
      <p class="yours">You answered: ${picked ? `“${s.textOf(picked)}”` : ''}${picked && typed.trim() ? ' and ' : ''}${typed.trim() ? `“${typed.trim()}”` : ''}${!picked && !typed.trim() ? 'nothing' : ''}</p>
      <div class="actions">
        <button class="primary next" @click=${actions.next}>${last ? 'See the summary' : 'Next attack'}</button>
        ${last ? nothing : html`<button @click=${actions.end}>End the drill</button>`}
      </div>
      <h4>The map's answers</h4>
      ${answers.length
        ? answers.map((a) => html`<article class="claim ours" data-claim=${a.claim.id}>
            <h5>${claimButton(a.claim, actions)}</h5>
            ${a.cards.length ? a.cards.map(evidenceCardTemplate) : html`<p class="none">No card in the map for this claim.</p>`}
          </article>`)
        : html`<p class="none">Nothing in the map answers it: an open flank in the map too.</p>`}
    </section>
  `;
}

function turnList(turns: readonly GradedTurn[], actions: DrillViewActions, empty: string) {
  if (turns.length === 0) return html`<p class="none">${empty}</p>`;
  return html`<ul class="turns">${turns.map(({ attack: a, why, verdict }) => html`
    <li class=${verdict} data-attack=${a.attack.claim.id} data-verdict=${verdict}>
      <span class="role">Their attack</span> ${claimButton(a.attack.claim, actions)}
      <span class="role">on our claim</span> ${claimButton(a.target.claim, actions)}
      <span class="why">${why}</span>
      ${verdict !== 'answered' && a.answers.length
        ? html`<span class="role">The map answers it with</span> ${a.answers.map((c) => claimButton(c.claim, actions))}`
        : nothing}
    </li>`)}</ul>`;
}

export function summaryView(summary: DrillSummary, actions: DrillViewActions) {
  const { answered, weak, open, unplayed } = summary;
  return html`
    <section class="summary" aria-labelledby="summary-title">
      <h3 id="summary-title" tabindex="-1">How the drill went</h3>
      <p class="tally">
        <span class="answered">${VERDICT_MARKS.answered} ${answered.length} answered</span> ·
        <span class="weak">${VERDICT_MARKS.weak} ${weak.length} answered weakly</span> ·
        <span class="open">${VERDICT_MARKS.open} ${open.length} open</span>${unplayed.length ? html` · ${unplayed.length} not reached` : nothing}
      </p>
      <h4>Open flanks</h4>
      ${turnList(open, actions, 'None: every attack in the drill got an answer.')}
      <h4>Answered weakly</h4>
      ${turnList(weak, actions, 'None.')}
      <h4>Answered</h4>
      ${turnList(answered, actions, 'None.')}
      ${unplayed.length
        ? html`<h4>Not reached</h4>
            <ul class="turns">${unplayed.map((a) => html`<li data-attack=${a.attack.claim.id}>
              <span class="role">Their attack</span> ${claimButton(a.attack.claim, actions)}
              <span class="role">on our claim</span> ${claimButton(a.target.claim, actions)}
            </li>`)}</ul>`
        : nothing}
      <div class="actions">
        <button class="primary" @click=${actions.exportMarkdown}>Export Markdown</button>
        <button class="start-again" @click=${actions.restart}>Start again</button>
      </div>
    </section>
  `;
}
