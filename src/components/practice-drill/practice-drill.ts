import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { buildCase, type CaseSide, type DebateCase } from '../../model/case/build-case.js';
import { type DrillAttack, drillAttacks } from '../../model/drill/drill-attacks.js';
import {
  clampSeconds, type DrillProgress, drillStorageKey, newProgress, nextAttack, readProgress, withAnswer,
} from '../../model/drill/drill-progress.js';
import { drillMarkdown, drillSummary, gradedTurns } from '../../model/drill/drill-summary.js';
import { timeAnnouncement } from '../../model/drill/time-left.js';
import type { LoadedMap } from '../../state/map-state.js';
import { ClaimNavigateEvent } from '../shared/claim-navigate-event.js';
import { download } from '../shared/download.js';
import { viewBaseStyles } from '../shared/view-base.styles.js';
import { DrillChooseEvent } from './drill-choose-event.js';
import { DrillClock } from './drill-clock.js';
import { type DrillViewActions, revealView, setupView, summaryView, turnView } from './drill-views.js';
import { practiceDrillStyles } from './practice-drill.styles.js';
import { pageStorage, type ProgressStorage, readStored, writeStored } from './progress-storage.js';

/**
 * A practice drill for a debater: the page plays the other side, putting their attacks on our
 * case one at a time, strongest first, against the clock; each answer is graded against the map
 * (answered with a card, answered weakly, open) and the map's own answers are shown with their
 * cards. At the end, the open flanks, exportable as Markdown. Progress is kept in `localStorage`
 * per map, thread and side, so a reload resumes the drill.
 *
 * An explorer tool, not part of the published element set.
 *
 * @event claim-navigate - The user picked a claim in the drill; `detail.id` names it.
 * @event drill-choose - The user chose another thread or side; `detail.thread`, `detail.side`.
 */
@customElement('practice-drill')
export class PracticeDrill extends LitElement {
  static override styles = [viewBaseStyles, practiceDrillStyles];

  @property({ attribute: false }) accessor loaded: LoadedMap | null = null;
  /** The thread to practise; its thesis is the motion. */
  @property() accessor thread = '';
  @property() accessor side: CaseSide = 'for';
  /** Names the map in saved progress (its address); the same map, thread and side resume the same drill. */
  @property({ attribute: 'map-key' }) accessor mapKey = '';
  /** Where progress is kept: the page's `localStorage` unless told otherwise; null keeps nothing. */
  @property({ attribute: false }) accessor storage: ProgressStorage | null = pageStorage();

  @state() private accessor progress: DrillProgress = newProgress();
  /** What the live region says: the time left at a few moments, then the verdict. */
  @state() private accessor announcement = '';
  private debate: DebateCase | null = null;
  private problem = '';
  private attacks: DrillAttack[] = [];
  private storageKey = '';
  /** Where the focus goes after the next render, by selector. */
  private focusNext = '';

  private readonly clock = new DrillClock(
    this,
    (remaining) => {
      this.announcement = timeAnnouncement(remaining, this.clock.limit) ?? this.announcement;
      this.save({ ...this.progress, remaining });
    },
    () => this.answer(true),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!(changed.has('loaded') || changed.has('thread') || changed.has('side') || changed.has('mapKey') || changed.has('storage'))) return;
    const loaded = this.loaded;
    const thread = loaded?.map.threads.some((t) => t.id === this.thread) ? this.thread : loaded?.map.threads[0]?.id ?? '';
    const thesis = loaded && thread ? loaded.index.rootsOf(thread)[0] : undefined;
    const result = loaded && thesis ? buildCase(loaded.index, thesis.id, this.side === 'against' ? 'against' : 'for') : null;
    this.debate = result?.ok ? result.case : null;
    this.problem = result && !result.ok ? result.message : loaded && !thesis ? 'This thread has no thesis to argue about.' : '';
    this.attacks = loaded && this.debate ? drillAttacks(loaded.map, this.debate) : [];
    this.storageKey = drillStorageKey(this.mapKey, thread, this.debate?.side ?? this.side);
    this.progress = readProgress(readStored(this.storage, this.storageKey), this.attacks);
    this.announcement = '';
    if (this.phase === 'turn') this.clock.start(this.progress.seconds, this.progress.remaining ?? this.progress.seconds);
    else if (this.clock.running) this.clock.stop();
  }

  protected override updated(): void {
    if (!this.focusNext) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusNext);
    this.focusNext = '';
    if (!target) return;
    const step = target.closest('.turn, .reveal');
    if (!step) {
      target.focus();
      return;
    }
    // The focus goes where the keyboard acts next, but the screen shows the step from its top,
    // the attack in sight: on a phone, focusing would scroll it away to reach the field or button.
    target.focus({ preventScroll: true });
    step.scrollIntoView({ block: 'start' });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.phase === 'turn') this.save({ ...this.progress, remaining: this.clock.remaining });
  }

  /** Where the drill stands: choosing, answering an attack, reading the verdict, or done. */
  get phase(): 'setup' | 'turn' | 'reveal' | 'summary' {
    const p = this.progress;
    if (!p.started) return 'setup';
    if (p.revealing) return 'reveal';
    if (p.ended || !nextAttack(p, this.attacks)) return 'summary';
    return 'turn';
  }

  /** The drill's outcome as Markdown: open flanks, weak answers, answered attacks. Empty before a case is built. */
  get markdown(): string {
    return this.debate ? drillMarkdown(this.debate, drillSummary(this.progress, this.attacks)) : '';
  }

  override render() {
    const debate = this.debate;
    if (!this.loaded) return nothing;
    const heading = debate ? html`Practice ${debate.side}: ${debate.motion.text}` : html`Practice`;
    return html`
      <article class="base" part="base" aria-labelledby="drill-title">
        <h2 id="drill-title">${heading}</h2>
        ${this.problem ? html`<p class="none" role="alert">${this.problem}</p>` : nothing}
        ${debate ? this.renderPhase(debate) : nothing}
        <p class="live" role="status">${this.announcement}</p>
      </article>
    `;
  }

  private renderPhase(debate: DebateCase) {
    const actions = this.actions;
    const p = this.progress;
    switch (this.phase) {
      case 'setup':
        return setupView({ threads: this.loaded!.map.threads, thread: debate.motion.thread, side: debate.side, seconds: p.seconds, attacks: this.attacks.length }, actions);
      case 'turn': {
        const attack = nextAttack(p, this.attacks)!;
        return turnView({ attack, number: p.turns.length + 1, total: this.attacks.length, ours: debate.ours, draft: p.draft, clock: this.clock, seconds: p.seconds }, actions);
      }
      case 'reveal': {
        const turn = gradedTurns(p, this.attacks).at(-1)!;
        return revealView({ turn, number: p.turns.length, total: this.attacks.length, textOf: (id) => this.loaded!.index.claim(id)?.text ?? id }, actions);
      }
      default:
        return summaryView(drillSummary(p, this.attacks), actions);
    }
  }

  private readonly actions: DrillViewActions = {
    choose: (thread, side) => this.dispatchEvent(new DrillChooseEvent({ thread, side })),
    setSeconds: (value) => {
      const seconds = clampSeconds(value);
      if (this.clock.running) this.clock.setLimit(seconds);
      this.save({ ...this.progress, seconds, ...(this.clock.running ? { remaining: this.clock.remaining } : {}) });
    },
    start: () => {
      this.save({ ...this.progress, started: true, ended: false });
      this.clock.start(this.progress.seconds);
      this.announcement = '';
      this.focusNext = 'input[name=typed]';
    },
    draft: (text) => this.save({ ...this.progress, draft: text }),
    answer: () => this.answer(false),
    next: () => {
      this.save({ ...this.progress, revealing: false });
      this.announcement = '';
      if (this.phase === 'turn') {
        this.clock.start(this.progress.seconds);
        this.focusNext = 'input[name=typed]';
      } else this.focusNext = '#summary-title';
    },
    end: () => {
      this.clock.stop();
      const { remaining: _, ...rest } = this.progress;
      this.save({ ...rest, ended: true, revealing: false, draft: '' });
      this.announcement = 'Drill ended.';
      this.focusNext = '#summary-title';
    },
    restart: () => {
      this.clock.stop();
      writeStored(this.storage, this.storageKey, null);
      this.progress = newProgress(this.progress.seconds);
      this.announcement = '';
      this.focusNext = 'button.start';
    },
    exportMarkdown: () => {
      if (!this.debate) return;
      download(this.markdown, `drill-${this.debate.side}-${this.debate.motion.id}.md`, 'text/markdown');
    },
    navigate: (id) => this.dispatchEvent(new ClaimNavigateEvent({ id })),
  };

  /** Grades what the form holds (when the time runs out too: what was typed by then counts). */
  private answer(timedOut: boolean): void {
    const attack = nextAttack(this.progress, this.attacks);
    if (!attack || this.phase !== 'turn') return;
    const form = this.renderRoot.querySelector('form');
    const data = form ? new FormData(form) : null;
    const picked = String(data?.get('picked') ?? '');
    const typed = String(data?.get('typed') ?? this.progress.draft);
    this.clock.stop();
    this.save(withAnswer(this.progress, attack, { ...(picked ? { picked } : {}), typed, timedOut }));
    const turn = gradedTurns(this.progress, this.attacks).at(-1)!;
    this.announcement = `${timedOut ? "Time's up. " : ''}${turn.why}`;
    this.focusNext = 'button.next';
  }

  private save(progress: DrillProgress): void {
    this.progress = progress;
    writeStored(this.storage, this.storageKey, JSON.stringify(progress));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'practice-drill': PracticeDrill;
  }
}
