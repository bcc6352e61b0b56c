// @argdown/core is pinned to the 1.x line on purpose: 2.x declares Node >= 22 and our CI runs
// Node 20 (npm on Node 20 would silently fall back to 1.7.x anyway). The CommonJS files under
// dist/ are imported one by one, not the package index, so that neither Node nor a bundler loads
// the exporters (Graphviz, GraphML, HTML) that the index pulls in.
import { ArgdownApplication } from '@argdown/core/dist/ArgdownApplication.js';
import type { IArgdownResponse } from '@argdown/core/dist/index.js';
import type { IArgument, IEquivalenceClass, IRelation, ISection, IStatement, RelationMember } from '@argdown/core/dist/model/model.js';
import { DataPlugin } from '@argdown/core/dist/plugins/DataPlugin.js';
import { ModelPlugin } from '@argdown/core/dist/plugins/ModelPlugin.js';
import { ParserPlugin } from '@argdown/core/dist/plugins/ParserPlugin.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { diagnosticAt } from '../model/diagnostic.js';
import type { ArgumentMap, Claim, Relation, RelationKind, SourceLocation, Thread } from '../model/types.js';
import { emptyMap } from '../model/types.js';
import { isId } from '../parse/fields.js';
import { TextIndex } from '../parse/text-index.js';
import type { ParseResult } from '../parse/parse-markdown.js';
import { inCanonicalOrder } from './canonical-order.js';
import { threadNamedAfterFile } from './file-thread.js';
import { idFromText, idFromTitle, singleLine, tagFrom, UniqueIds } from './imported-names.js';

/**
 * Reads an Argdown document (https://argdown.org) with Argdown's own parser. Never throws.
 *
 * - Statements (`[Title]: text`) and arguments (`<Title>: text`) both become claims, with ids
 *   from their titles (`[Birth at Home]` → `birth-at-home`); untitled statements take their
 *   first words.
 * - Support and entailment become `supports`; attack, contrary, contradiction and undercut
 *   become `attacks`. An undercut attacks an argument's inference, and the argument is the claim
 *   that stands for its inference, so an undercut becomes an attack on the argument's claim.
 * - Premise–conclusion structures: each premise `supports` its argument and the argument
 *   `supports` each of its conclusions. Relations written on a reconstructed argument are carried
 *   by its conclusion, as Argdown's own model does.
 * - Each heading becomes a thread (nested headings too); a heading's data `{id: …}` names it.
 *   Claims before the first heading go to a thread named after the file.
 * - Tags become tags; tags at the end of a text are taken off it.
 *
 * ```ts
 * const { map, diagnostics } = importArgdown(text, 'semmelweis.argdown');
 * ```
 */
export function importArgdown(text: string, file = 'map.argdown'): ParseResult {
  const app = new ArgdownApplication();
  app.addPlugin(new ParserPlugin(), 'parse-input');
  app.addPlugin(new DataPlugin(), 'build-model');
  app.addPlugin(new ModelPlugin(), 'build-model');
  let response: IArgdownResponse;
  try {
    response = app.run({ input: text, process: ['parse-input'], logLevel: 'none' });
    const syntaxErrors = syntaxDiagnostics(response, text, file);
    // Argdown builds no syntax tree from a text with syntax errors, so there is nothing more to read.
    if (syntaxErrors.length > 0) return { map: emptyMap(), diagnostics: syntaxErrors };
    // Without throwExceptions Argdown drops errors that are not its own (bad YAML data) silently.
    response = app.run({ input: text, process: ['build-model'], logLevel: 'none', throwExceptions: true }, response);
  } catch (error) {
    return { map: emptyMap(), diagnostics: [prototypeTitle(text, file) ?? diagnosticAt(failureAt(error, text, file), 'error', 'argdown-failed', describe(error))] };
  }
  const builder = new ArgdownMapBuilder(response, file);
  return { map: builder.map, diagnostics: builder.diagnostics };
}

/** `[constructor]`, `<toString>`: titles that are names of Object.prototype's members. */
const PROTOTYPE_TITLE = new RegExp(`[[<](${Object.getOwnPropertyNames(Object.prototype).join('|')})[\\]>]`);

/**
 * Argdown's model keeps statements and arguments in plain objects keyed by title, so a title
 * such as `constructor` finds Object.prototype's member and Argdown fails on it: say so, there.
 */
function prototypeTitle(text: string, file: string): Diagnostic | undefined {
  const match = PROTOTYPE_TITLE.exec(text);
  if (!match) return undefined;
  return diagnosticAt({ file, ...new TextIndex(text).position(match.index) }, 'error', 'argdown-reserved-title',
    `Argdown cannot read a statement or argument titled "${match[1]}" (a name its reader takes for something else): rename it`);
}

function syntaxDiagnostics(response: IArgdownResponse, text: string, file: string): Diagnostic[] {
  const lastLine = text.split('\n').length;
  const at = (line: number | undefined, column: number | undefined): SourceLocation =>
    ({ file, line: Number.isFinite(line) ? line! : lastLine, column: Number.isFinite(column) ? column! : 1 });
  const found: Diagnostic[] = [];
  for (const error of response.lexerErrors ?? []) {
    found.push(diagnosticAt(at(error.line, error.column), 'error', 'argdown-syntax', error.message));
  }
  for (const error of response.parserErrors ?? []) {
    // At the end of the text the offending token is EOF, which has no position: point at the token before it.
    const token = Number.isFinite(error.token.startLine) ? error.token : (error as { previousToken?: typeof error.token }).previousToken;
    found.push(diagnosticAt(at(token?.startLine, token?.startColumn), 'error', 'argdown-syntax', error.message));
  }
  return found;
}

/** Where a YAML error in front matter or `{data}` is: js-yaml names the offset in the YAML it was given. */
function failureAt(error: unknown, text: string, file: string): SourceLocation {
  const mark = (error as { mark?: { buffer?: unknown; position?: unknown } } | undefined)?.mark;
  if (typeof mark?.buffer === 'string' && typeof mark.position === 'number') {
    const start = text.indexOf(mark.buffer.replace(/\n$/, ''));
    if (start >= 0) return { file, ...new TextIndex(text).position(start + mark.position) };
  }
  return { file, line: 1, column: 1 };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return `Argdown could not read this file: ${String(error)}`;
  const message = error.message.split('\n')[0].replace(/\s*\(\d+:\d+\)$/, '');
  return error.name === 'YAMLException'
    ? `this front matter or {data} is not valid YAML: ${message}`
    : `Argdown could not read this file: ${message}`;
}

type Element = IEquivalenceClass | IArgument;

class ArgdownMapBuilder {
  readonly diagnostics: Diagnostic[] = [];
  readonly map: ArgumentMap;
  private readonly statementIds = new Map<string, string>();
  private readonly argumentIds = new Map<string, string>();
  private readonly threadOfSection = new Map<ISection, Thread>();
  private fileThread: Thread = { id: 'argdown', title: '' };

  constructor(private readonly response: IArgdownResponse, private readonly file: string) {
    const threads = this.threads();
    const claims = this.claims();
    const relations = this.relations();
    const used = new Set(claims.map((c) => c.thread));
    this.map = inCanonicalOrder({ threads: threads.filter((t) => used.has(t.id)), claims, relations, sources: [] });
  }

  /** Every heading, depth first (the order they are written in), after the file's own thread. */
  private threads(): Thread[] {
    const ids = new UniqueIds();
    const named = threadNamedAfterFile(this.file, 'argdown');
    const frontTitle = (this.response as { frontMatter?: { title?: unknown } }).frontMatter?.title;
    this.fileThread = { id: ids.claim(named.id, 'argdown'), title: typeof frontTitle === 'string' ? singleLine(frontTitle) : named.title };
    const threads: Thread[] = [this.fileThread];
    const visit = (section: ISection) => {
      const dataId = (section.data as { id?: unknown } | undefined)?.id;
      const wanted = dataId !== undefined && isId(String(dataId)) ? String(dataId) : idFromTitle((section.title ?? '').toLowerCase());
      const thread: Thread = { id: ids.claim(wanted, 'section'), title: singleLine(section.title ?? ''), location: this.at(section) };
      this.threadOfSection.set(section, thread);
      threads.push(thread);
      section.children.forEach(visit);
    };
    (this.response.sections ?? []).forEach(visit);
    return threads;
  }

  private claims(): Claim[] {
    const ids = new UniqueIds();
    const claims: { claim: Claim; order: number }[] = [];
    const add = (element: Element, titles: Map<string, string>) => {
      const title = element.title ?? '';
      const text = canonicalText(element.members) ?? '';
      const untitled = /^Untitled \d+$/.test(title);
      // Where the reader first wrote it: the claim's place in its thread, and where diagnostics point.
      const firstDefinition = element.members.find((m) => !m.isReference) ?? element.members[0];
      const id = ids.claim(untitled ? idFromText(text) : idFromTitle(title), element.type === 'argument' ? 'argument' : 'statement');
      titles.set(title, id);
      const tags = [...new Set((element.tags ?? []).map(tagFrom).filter((t) => t.length > 0))];
      const claim: Claim = {
        id,
        text: withoutTrailingTags(text, element.tags ?? []) || title,
        thread: this.threadOf(element),
        tags,
        quotes: [],
        location: this.at(firstDefinition ?? element),
      };
      claims.push({ claim, order: positionOf(firstDefinition) });
    };
    for (const statement of Object.values(this.response.statements ?? {})) add(statement, this.statementIds);
    for (const argument of Object.values(this.response.arguments ?? {})) add(argument, this.argumentIds);
    return claims.sort((a, b) => a.order - b.order).map((c) => c.claim);
  }

  private threadOf(element: Element): string {
    const thread = element.section ? this.threadOfSection.get(element.section) : undefined;
    return thread?.id ?? this.fileThread.id;
  }

  private relations(): Relation[] {
    const relations: Relation[] = [];
    const seen = new Set<string>();
    const add = (from: string, kind: RelationKind, to: string, location: SourceLocation) => {
      const key = `${from} ${kind} ${to}`;
      if (seen.has(key) || from === to) return;
      seen.add(key);
      relations.push({ from, to, kind, location });
    };
    for (const relation of this.response.relations ?? []) {
      const location = this.at(relation.occurrences[0] ?? {});
      const from = this.claimOf(relation.from);
      const to = this.claimOf(relation.to);
      if (from === undefined || to === undefined) {
        this.diagnostics.push(diagnosticAt(location, 'warning', 'unsupported-relation',
          `this ${relation.relationType} relation does not connect two statements or arguments, so the map leaves it out`));
        continue;
      }
      add(from, kindOf(relation), to, location);
    }
    for (const argument of Object.values(this.response.arguments ?? {})) {
      const argumentId = this.argumentIds.get(argument.title ?? '')!;
      for (const statement of argument.pcs ?? []) {
        const statementId = this.statementIds.get(statement.title ?? '');
        if (statementId === undefined) continue;
        const location = this.at(statement);
        if (statement.role === 'premise') add(statementId, 'supports', argumentId, location);
        else add(argumentId, 'supports', statementId, location);
      }
    }
    return relations;
  }

  private claimOf(member: RelationMember | undefined): string | undefined {
    if (!member) return undefined;
    if (member.type === 'equivalence-class') return this.statementIds.get(member.title ?? '');
    if (member.type === 'argument') return this.argumentIds.get(member.title ?? '');
    return this.argumentIds.get(member.argumentTitle ?? '');
  }

  private at(node: { startLine?: number; startColumn?: number }): SourceLocation {
    return { file: this.file, line: node.startLine ?? 1, column: node.startColumn ?? 1 };
  }
}

function kindOf(relation: IRelation): RelationKind {
  return relation.relationType === 'support' || relation.relationType === 'entails' ? 'supports' : 'attacks';
}

/** The member Argdown treats as canonical: marked so in its data, else the last one defined with words. */
function definingMember(members: readonly IStatement[]): IStatement | undefined {
  const defined = members.filter((m) => !m.isReference && (m.text ?? '').trim().length > 0);
  return defined.find((m) => (m.data as { isCanonical?: unknown } | undefined)?.isCanonical) ?? defined.at(-1);
}

function canonicalText(members: readonly IStatement[]): string | undefined {
  const text = definingMember(members)?.text;
  return text === undefined ? undefined : singleLine(text);
}

function positionOf(node: { startOffset?: number; startLine?: number } | undefined): number {
  return node?.startOffset ?? (node?.startLine ?? 0) * 1e6;
}

/** `… influences. #H1 #(two words)` → `… influences.`: tags that close a text label it, they are not part of it. */
function withoutTrailingTags(text: string, tags: readonly string[]): string {
  let rest = text.trimEnd();
  for (;;) {
    const tag = lastTag(rest);
    if (!tag || !tags.includes(tag.name)) return rest.trim();
    rest = rest.slice(0, tag.at).trimEnd();
  }
}

/** The tag that ends `text`, found from the right: in `#( #(x)` it is `#(x)`, not all of it. */
function lastTag(text: string): { name: string; at: number } | undefined {
  for (let at = text.lastIndexOf('#'); at >= 0; at = at === 0 ? -1 : text.lastIndexOf('#', at - 1)) {
    if (at > 0 && !/\s/.test(text[at - 1])) continue;
    const match = /^#(?:\(([^)]*)\)|([^\s#()]+))$/.exec(text.slice(at));
    if (match) return { name: match[1] ?? match[2], at };
  }
  return undefined;
}
