/**
 * A synthetic debate of any size, deterministic for a seed, written three ways: our Markdown
 * map, the source text its quotes come from, and the same debate in Argdown, so that the
 * benchmark gives both parsers the same work. Pure functions: `scripts/gen.mjs` writes the
 * files, and the graph tests build realistic maps from it.
 *
 * ```ts
 * const debate = generateDebate({ claims: 1000, seed: 1 });
 * const markdown = toMarkdown(debate, 'debate.source.txt');
 * ```
 */

export interface GeneratedQuote {
  text: string;
  source: string;
  speaker?: string;
}

export interface GeneratedClaim {
  id: string;
  thread: string;
  text: string;
  relations: { kind: 'supports' | 'attacks'; to: string }[];
  tags: string[];
  quotes: GeneratedQuote[];
  note?: string;
}

export interface GeneratedThread {
  id: string;
  title: string;
  claims: GeneratedClaim[];
}

export interface GeneratedSource {
  id: string;
  title: string;
  author: string;
  outlet: string;
  date: string;
  url: string;
  kind: string;
  stance: { thread: string; position: string; summary: string };
}

export interface Debate {
  threads: GeneratedThread[];
  claims: GeneratedClaim[];
  sources: GeneratedSource[];
}

type Random = () => number;

/** mulberry32: small, fast and the same everywhere. */
function randomFrom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['The export controls', 'The subsidy programme', 'Open research', 'The new tariff', 'Chip smuggling',
  'Domestic fabs', 'The licensing regime', 'Cloud access', 'The talent pipeline', 'Public funding', 'The trade deal',
  'Model distillation', 'The procurement rule', 'Venture capital', 'The standards body', 'University labs'];
const VERBS = ['slowed', 'accelerated', 'reshaped', 'undermined', 'protected', 'distorted', 'strengthened', 'delayed',
  'encouraged', 'weakened', 'redirected', 'concentrated'];
const OBJECTS = ['frontier model training', 'hardware supply chains', 'compute prices', 'domestic innovation',
  'allied cooperation', 'startup formation', 'research output', 'chip yields', 'export revenue', 'market share',
  'talent migration', 'open-source releases'];
const QUALIFIERS = ['within two years', 'only at the margin', 'more than critics expected', 'in the short run',
  'for the largest firms', 'despite loopholes', 'according to the trade data', 'once stockpiles ran out',
  'in every quarter since', 'at a measurable cost', 'for mid-range products', 'across the region'];
const WORDS = ('analysts said the figures show that shipments of advanced accelerators fell sharply while prices rose ' +
  'and several companies reported delays in training runs although others found ways to rent capacity abroad ' +
  'the ministry argued that the policy was working but independent researchers noted gaps in enforcement and ' +
  'smaller firms struggled to obtain equipment as investors waited for clearer rules from regulators').split(' ');
const TAGS = ['policy', 'economics', 'security', 'evidence', 'forecast', 'history', 'industry', 'research'];
const KINDS = ['news report', 'opinion', 'analysis', 'interview', 'government report'];
const OUTLETS = ['Daily Ledger', 'Tech Wire', 'Policy Review', 'The Observer', 'Market Weekly'];
const SPEAKERS = ['A ministry spokesperson', 'An industry analyst', 'A company CEO', 'A trade official'];

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];
const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** 0 → a, 25 → z, 26 → ba: thread ids without digits, since a stance line's key is letters only. */
const letters = (n: number): string => (n >= 26 ? letters(Math.floor(n / 26)) : '') + String.fromCharCode(97 + (n % 26));

/**
 * `claims` claims in threads of about 200 (at least two threads, so that there are cross-thread
 * attacks), each thread a tree grown breadth-first with 1 to 5 children per claim (3 on average),
 * 60% supports and 40% attacks; one claim in twenty also attacks a claim in another thread.
 * Every claim has one or two quotes; every source is quoted.
 */
export function generateDebate({ claims: total, seed }: { claims: number; seed: number }): Debate {
  const random = randomFrom(seed);
  const threadCount = Math.max(2, Math.round(total / 200));
  const sourceCount = Math.max(3, Math.round(total / 40));
  const idWidth = String(total).length;

  // Uneven thread sizes, as in a real map; every thread gets at least one claim.
  const weights = Array.from({ length: threadCount }, () => 0.5 + random());
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(1, Math.floor((w / weightSum) * total)));
  for (let i = 0, left = total - sizes.reduce((a, b) => a + b, 0); left !== 0; i = (i + 1) % threadCount) {
    if (left > 0) {
      sizes[i]++;
      left--;
    } else if (sizes[i] > 1) {
      sizes[i]--;
      left++;
    }
  }

  const threads: GeneratedThread[] = [];
  const claims: GeneratedClaim[] = [];
  let next = 0;
  sizes.forEach((size, t) => {
    const thread: GeneratedThread = { id: `thread-${letters(t)}`, title: `Did ${pick(random, SUBJECTS).toLowerCase()} work, question ${t + 1}?`, claims: [] };
    threads.push(thread);
    const open: { claim: GeneratedClaim; room: number }[] = [];
    let head = 0;
    for (let i = 0; i < size; i++) {
      const claim: GeneratedClaim = { id: `c${pad(next++, idWidth)}`, thread: thread.id, text: claimText(random), relations: [], tags: [], quotes: [] };
      while (head < open.length && open[head].room === 0) head++;
      if (head < open.length) {
        open[head].room--;
        claim.relations.push({ kind: random() < 0.6 ? 'supports' : 'attacks', to: open[head].claim.id });
      }
      open.push({ claim, room: 1 + Math.floor(random() * 5) });
      thread.claims.push(claim);
      claims.push(claim);
    }
  });

  for (const claim of claims) {
    if (random() < 0.05) {
      const other = claims[Math.floor(random() * claims.length)];
      if (other.thread !== claim.thread && !claim.relations.some((r) => r.to === other.id)) claim.relations.push({ kind: 'attacks', to: other.id });
    }
    if (random() < 0.3) claim.tags = [...new Set([pick(random, TAGS), pick(random, TAGS)])].slice(0, 1 + Math.floor(random() * 2));
    if (random() < 0.1) claim.note = `Generated note on ${claim.id}: ${sentence(random, 8, 16)}`;
  }

  const sources: GeneratedSource[] = Array.from({ length: sourceCount }, (_, i) => ({
    id: `s${pad(i + 1, 4)}`,
    title: `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)}`,
    author: `Author ${i + 1}`,
    outlet: pick(random, OUTLETS),
    date: `2025-${pad(1 + Math.floor(random() * 12), 2)}-${pad(1 + Math.floor(random() * 28), 2)}`,
    url: `https://example.org/articles/${i + 1}`,
    kind: pick(random, KINDS),
    stance: { thread: pick(random, threads).id, position: random() < 0.5 ? 'worked' : 'failed', summary: sentence(random, 6, 12) },
  }));
  // Every source is quoted: the first quotes go round the sources in turn.
  let quoteNumber = 0;
  for (const claim of claims) {
    const count = random() < 0.3 ? 2 : 1;
    for (let q = 0; q < count; q++, quoteNumber++) {
      const source = quoteNumber < sourceCount ? sources[quoteNumber] : pick(random, sources);
      const quote: GeneratedQuote = { text: sentence(random, 12, 30), source: source.id };
      if (random() < 0.1) quote.speaker = pick(random, SPEAKERS);
      claim.quotes.push(quote);
    }
  }
  return { threads, claims, sources };
}

function claimText(random: Random): string {
  const text = `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)}`;
  return random() < 0.5 ? `${text} ${pick(random, QUALIFIERS)}.` : `${text}.`;
}

function sentence(random: Random, min: number, max: number): string {
  const count = min + Math.floor(random() * (max - min + 1));
  const words = Array.from({ length: count }, () => pick(random, WORDS));
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  for (let i = 3; i < count - 2; i += 5 + Math.floor(random() * 4)) words[i] += ',';
  return `${words.join(' ')}.`;
}

/** Hard-wraps `text` at about 80 columns behind `prefix`, as a writer's editor would. */
function wrap(text: string, prefix: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > 80) {
      lines.push(prefix + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(prefix + line);
  return lines.join('\n');
}

/** The debate as one Markdown map; every source's quotes are checked against `sourceFile`. */
export function toMarkdown(debate: Debate, sourceFile: string): string {
  const out: string[] = [];
  for (const thread of debate.threads) {
    out.push(`# ${thread.id}: ${thread.title}`, '');
    for (const claim of thread.claims) {
      out.push(`## ${claim.id}: ${claim.text}`, '');
      const supports = claim.relations.filter((r) => r.kind === 'supports').map((r) => r.to);
      const attacks = claim.relations.filter((r) => r.kind === 'attacks').map((r) => r.to);
      if (supports.length) out.push(`- supports: ${supports.join(', ')}`);
      if (attacks.length) out.push(`- attacks: ${attacks.join(', ')}`);
      if (claim.tags.length) out.push(`- tags: ${claim.tags.join(', ')}`);
      if (supports.length || attacks.length || claim.tags.length) out.push('');
      if (claim.note) out.push(claim.note, '');
      for (const quote of claim.quotes) {
        out.push(wrap(quote.text, '> '), '>', `> — ${quote.speaker ? `${quote.speaker} (reported), ` : ''}${quote.source}`, '');
      }
    }
  }
  out.push('# Sources', '');
  for (const s of debate.sources) {
    out.push(`## ${s.id}: ${s.title}`, '', `- file: ${sourceFile}`, `- author: ${s.author}`, `- outlet: ${s.outlet}`,
      `- date: ${s.date}`, `- url: ${s.url}`, `- kind: ${s.kind}`, '- stance:',
      `  - ${s.stance.thread}: ${s.stance.position} — ${s.stance.summary}`, '');
  }
  return out.join('\n');
}

/** The source text: every quote verbatim, each after a filler sentence, one paragraph each. */
export function toSourceText(debate: Debate, seed: number): string {
  const random = randomFrom(seed ^ 0x5eed);
  const paragraphs: string[] = [];
  for (const claim of debate.claims) {
    for (const quote of claim.quotes) paragraphs.push(`${sentence(random, 4, 10)} ${quote.text}`);
  }
  return `${paragraphs.join('\n\n')}\n`;
}

const yamlString = (text: string) => JSON.stringify(text);

/**
 * The debate in Argdown: a section per thread, a statement `[id]: text #(tag) {data}` per claim
 * with its outgoing relations `+> [id]` and `-> [id]`; quotes, sources, speakers and notes are
 * the statement's data, and the sources are front matter, so Argdown reads what we read.
 */
export function toArgdown(debate: Debate): string {
  const out = ['===', 'title: Generated debate', 'sources:'];
  for (const s of debate.sources) {
    out.push(`  ${s.id}: {title: ${yamlString(s.title)}, author: ${yamlString(s.author)}, outlet: ${yamlString(s.outlet)}, ` +
      `date: ${yamlString(s.date)}, url: ${yamlString(s.url)}, kind: ${yamlString(s.kind)}, ` +
      `stance: {thread: ${s.stance.thread}, position: ${s.stance.position}, summary: ${yamlString(s.stance.summary)}}}`);
  }
  out.push('===', '');
  for (const thread of debate.threads) {
    out.push(`# ${thread.id}: ${thread.title}`, '');
    for (const claim of thread.claims) {
      const data = [`quotes: [${claim.quotes.map((q) => yamlString(q.text)).join(', ')}]`,
        `sources: [${claim.quotes.map((q) => q.source).join(', ')}]`];
      const speakers = claim.quotes.flatMap((q) => (q.speaker ? [yamlString(q.speaker)] : []));
      if (speakers.length) data.push(`speakers: [${speakers.join(', ')}]`);
      if (claim.note) data.push(`note: ${yamlString(claim.note)}`);
      const tags = claim.tags.map((t) => ` #(${t})`).join('');
      out.push(`[${claim.id}]: ${claim.text}${tags} {${data.join(', ')}}`);
      for (const r of claim.relations) out.push(`  ${r.kind === 'supports' ? '+>' : '->'} [${r.to}]`);
      out.push('');
    }
  }
  return out.join('\n');
}
