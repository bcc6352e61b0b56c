// `argmap brief --format docx`: the brief as a Word file in the shape of a Verbatim file.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';

const root = new URL('../../', import.meta.url).pathname;
const uniforms = 'test/fixtures/case-uniforms.md';
const uniformsSources = 'test/fixtures/case-uniforms-sources';

function argmap(...args) {
  const result = spawnSync(process.execPath, [join(root, 'bin/argmap.js'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Writes the brief as .docx and reads back its styles and paragraphs. */
async function docxBrief(...args) {
  const file = join(mkdtempSync(join(tmpdir(), 'argmap-docx-')), 'brief.docx');
  const result = argmap('brief', ...args, '-o', file);
  assert.equal(result.code, 0, result.err);
  const zip = await JSZip.loadAsync(readFileSync(file));
  const styles = await zip.file('word/styles.xml').async('string');
  const document = await zip.file('word/document.xml').async('string');
  return { result, styles, paragraphs: paragraphsOf(document) };
}

const unescapeXml = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Each paragraph's style and runs: text, underlined, highlighted. */
function paragraphsOf(xml) {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const body = m[1] ?? m[2];
    const style = body.match(/<w:pStyle w:val="([^"]+)"\/>/)?.[1] ?? 'Normal';
    const runs = [...body.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([, run]) => ({
      text: unescapeXml([...run.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
      underlined: /<w:u w:val="single"\/>/.test(run),
      highlighted: /<w:highlight w:val="cyan"\/>/.test(run),
    }));
    return { style, runs, text: runs.map((r) => r.text).join('') };
  });
}

/** The cards: each Tag with the Cite and Card paragraphs that follow it. */
function cardsOf(paragraphs) {
  const cards = [];
  paragraphs.forEach((p, i) => {
    if (p.style === 'Cite') cards.push({ tag: paragraphs[i - 1].text, cite: p.text, card: paragraphs[i + 1] });
  });
  return cards;
}

describe('argmap brief --format docx', () => {
  it('defines the Verbatim styles, the four headings based on Word\'s, so the navigation pane shows the outline', async () => {
    const { styles } = await docxBrief(uniforms, '--claim', 'uniforms-thesis', '--side', 'for', '--sources', uniformsSources);
    for (const [name, level] of [['Pocket', 1], ['Hat', 2], ['Block', 3], ['Tag', 4]]) {
      const style = styles.match(new RegExp(`<w:style [^>]*w:styleId="${name}"[^>]*>[\\s\\S]*?</w:style>`))?.[0];
      assert.ok(style, `style ${name}`);
      assert.match(style, new RegExp(`<w:basedOn w:val="Heading${level}"/>`));
      assert.match(style, new RegExp(`<w:outlineLvl w:val="${level - 1}"/>`));
    }
    assert.match(styles, /w:styleId="Cite"/);
    assert.match(styles, /w:styleId="Card"/);
  });

  it('lays the brief out as pocket, hats, blocks and cards', async () => {
    const { paragraphs } = await docxBrief(uniforms, '--claim', 'uniforms-thesis', '--side', 'for', '--sources', uniformsSources);
    const outline = paragraphs.filter((p) => ['Pocket', 'Hat', 'Block'].includes(p.style)).map((p) => `${p.style}: ${p.text}`);
    assert.deepEqual(outline, [
      'Pocket: Should schools require uniforms?',
      'Hat: Our case',
      'Block: Schools should require uniforms.',
      'Block: Uniforms save families money on clothes.',
      'Block: Pupils express themselves in many ways besides clothes.',
      'Hat: Their case',
      'Block: Uniforms stifle pupils\' self-expression.',
      'Block: Most pupils say clothes matter to how they express themselves.',
      'Block: Uniform shops charge more than ordinary clothes shops.',
      'Hat: Our answers',
      'Block: A2: Uniforms stifle pupils\' self-expression.',
      'Hat: Open flanks',
      'Block: Open: Uniform shops charge more than ordinary clothes shops.',
    ]);
  });

  it('sets each quote, underlined and highlighted, inside the paragraph of the source around it', async () => {
    const { paragraphs, result } = await docxBrief(uniforms, '--claim', 'uniforms-thesis', '--side', 'for', '--sources', uniformsSources);
    const cards = cardsOf(paragraphs);
    const cost = cards.find((c) => c.tag === 'Uniforms save families money on clothes.');
    assert.equal(cost.card.style, 'Card');
    assert.deepEqual(cost.card.runs.map((r) => [r.text, r.underlined && r.highlighted]), [
      ['A survey of 400 families asked what school clothes cost. Pat Lee, who ran it, said: "', false],
      ['Parents spend less on clothes when a uniform is required.', true],
      ['" The savings were largest for families with several children.', false],
    ]);
    // The cite: who speaks and how the source carries the words, outlet, date, title, kind.
    assert.match(cost.cite, /^Pat Lee n\.d\. \[Pat Lee, quoted in “Pupils and parents on school clothes”, n\.d\., source file survey\.txt; news report\]/);
    // The editorial has no source text: its card holds the quote alone, and its cite says so.
    const thesis = cards.find((c) => c.tag === 'Schools should require uniforms.');
    assert.deepEqual(thesis.card.runs.map((r) => [r.text, r.underlined && r.highlighted]), [['Every school should require a uniform.', true]]);
    assert.match(thesis.cite, /^Sam Reed 2024-03-01 \[“Why uniforms work”, Sam Reed, The Daily Example, 2024-03-01; opinion; https:\/\/example\.org\/uniforms\]/);
    assert.match(thesis.cite, /\[Caution: source text unavailable: the quote alone\]/);
    // A quote the source does not hold verbatim is not set in a made-up context either.
    const shops = cards.find((c) => c.tag === 'Uniform shops charge more than ordinary clothes shops.');
    assert.match(shops.cite, /\[Caution: machine-generated source\] \[Caution: quote not found in the source text: the quote alone\]/);
    assert.match(result.err, /wrote .*brief\.docx \(\d+(\.\d+)? kB\); 3 of 7 cards with the source's paragraph around the quote/);
  });

  it('gives most cards of the shipped map their source context', async () => {
    const seeds = join(root, '../shared/seeds');
    if (!existsSync(seeds)) return;
    const { paragraphs } = await docxBrief('arguments/', '--claim', 'sanctions-thesis', '--side', 'against', '--sources', seeds);
    const cards = cardsOf(paragraphs);
    assert.ok(cards.length > 10);
    for (const { card } of cards) assert.ok(card.runs.some((r) => r.underlined && r.highlighted && r.text.length > 0));
    const withContext = cards.filter(({ cite }) => !cite.includes('the quote alone'));
    assert.ok(withContext.length >= cards.length * 0.8, `${withContext.length} of ${cards.length}`);
  });

  it('without source texts, writes every card with its quote alone and says why', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'argmap-nosources-'));
    const { paragraphs, result } = await docxBrief(uniforms, '--claim', 'uniforms-thesis', '--side', 'against', '--sources', empty);
    const cards = cardsOf(paragraphs);
    assert.equal(cards.length, 8);
    for (const { cite, card } of cards) {
      assert.match(cite, /source text unavailable: the quote alone/);
      assert.equal(card.runs.length, 1);
    }
    assert.match(result.err, /0 of 8 cards/);
  });

  it('takes the format from the file name, and refuses docx on stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-docx-'));
    const file = join(dir, 'b.docx');
    assert.equal(argmap('brief', uniforms, '--claim', 'uniforms-thesis', '--side', 'for', '-o', file).code, 0);
    assert.equal(readFileSync(file).subarray(0, 2).toString(), 'PK');
    const stdout = argmap('brief', uniforms, '--claim', 'uniforms-thesis', '--side', 'for', '--format', 'docx');
    assert.equal(stdout.code, 2);
    assert.match(stdout.err, /--format docx writes a file: add -o FILE\.docx/);
    assert.match(argmap('brief', uniforms, '--claim', 'uniforms-thesis', '--side', 'for', '--format', 'pdf').err, /--format is markdown or docx, not "pdf"/);
  });

  it('keeps characters Word cannot hold out of the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-docx-ctl-'));
    mkdirSync(join(dir, 'sources'));
    writeFileSync(join(dir, 'map.md'), '# t: Bell\u0007?\n\n## c: A claim\u0001 here.\n\n> The words.\n>\n> — s\n\n# Sources\n\n## s: Title\u000b\n\n- file: s.txt\n');
    writeFileSync(join(dir, 'sources', 's.txt'), 'Before\u0002 it. The words. After.\n');
    const { paragraphs } = await docxBrief(join(dir, 'map.md'), '--claim', 'c', '--side', 'for');
    assert.ok(paragraphs.every((p) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(p.text)));
    const [card] = cardsOf(paragraphs);
    assert.deepEqual(card.card.runs.map((r) => r.text), ['Before it. ', 'The words.', ' After.']);
  });
});
