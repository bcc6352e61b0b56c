import type { Completion, CompletionContext, CompletionResult, CompletionSource } from '@codemirror/autocomplete';
import type { MapIds } from './map-ids.js';

/** `- supports: a, b` up to the id being typed. */
const RELATION = /^\s*[-*+][ \t]+(?:supports|attacks)[ \t]*:[ \t]*(?:[^,]*,[ \t]*)*([A-Za-z0-9_.-]*)$/i;
/** A quote's attribution, `> — Name, source-id`, up to the id being typed. */
const CITATION = /^\s*>[ \t]*(?:—|--)[ \t]*(?:[^,]*,[ \t]*)?([A-Za-z0-9_.-]*)$/;

/**
 * Completes claim ids after `supports:` and `attacks:`, and source ids in a quote's attribution
 * line (`> — study`), from `ids()` read when completion starts.
 */
export function mapIdCompletion(ids: () => MapIds): CompletionSource {
  return (context: CompletionContext): CompletionResult | null => {
    const line = context.state.doc.lineAt(context.pos);
    const before = line.text.slice(0, context.pos - line.from);
    const relation = RELATION.exec(before);
    const citation = relation ? null : CITATION.exec(before);
    const typed = (relation ?? citation)?.[1];
    if (typed === undefined || (typed === '' && !context.explicit && !/[:,—-][ \t]*$/.test(before))) return null;
    const known = ids();
    const options: Completion[] = relation
      ? known.claims.map((c) => ({ label: c.id, detail: c.text, type: 'variable' }))
      : known.sources.map((s) => ({ label: s.id, detail: s.title, type: 'class' }));
    return { from: context.pos - typed.length, options, validFor: /^[A-Za-z0-9_.-]*$/ };
  };
}
