import { expect } from '@open-wc/testing';
import { parseMap } from '../../src/parse/parse-map.js';

async function fixture(name: string): Promise<string> {
  return (await fetch(new URL(`../fixtures/${name}`, import.meta.url))).text();
}

function parse(text: string, name = 'map.md') {
  return parseMap([{ name, text }]);
}

/** Each diagnostic as `line: code`, the way a writer scans the output. */
function found(text: string): string[] {
  return parse(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);
}

describe('parsing the Markdown map format', () => {
  it('reads threads, claims, relations, quotes and sources from a real file', async () => {
    const { map, diagnostics } = parse(await fixture('small.md'), 'small.md');
    expect(diagnostics).to.deep.equal([]);
    expect(map.threads.map((t) => t.id)).to.deep.equal(['school']);
    expect(map.claims.map((c) => c.id)).to.deep.equal(['school-thesis', 'homework-steals-time', 'homework-helps', 'trial-self-selected']);
    expect(map.relations.map((r) => `${r.from} ${r.kind} ${r.to}`)).to.deep.equal([
      'homework-steals-time supports school-thesis',
      'homework-helps attacks school-thesis',
      'trial-self-selected attacks homework-helps',
    ]);
    const steals = map.claims[1];
    expect(steals.text).to.equal('Homework takes time from play and sleep.');
    expect(steals.thread).to.equal('school');
    expect(steals.quotes).to.have.length(1);
    expect(steals.quotes[0]).to.include({ text: 'Children who do homework every night sleep half an hour less.', source: 'study', speaker: 'Jane Doe' });
    expect(steals.location).to.deep.equal({ file: 'small.md', line: 9, column: 4 });
    expect(map.claims[2].quotes[0].speaker).to.equal(undefined);
    expect(map.sources[0]).to.include({ id: 'study', title: 'A study of homework', file: 'study.txt', kind: 'news report' });
    expect(map.sources[0].stances).to.deep.equal([
      { thread: 'school', position: 'reports both sides', summary: 'Cites sleep loss and higher scores.', location: { file: 'small.md', line: 40, column: 5 } },
    ]);
  });

  it('reads a quote of several paragraphs as one quote and a paragraph as a note', () => {
    const { map } = parse(`# t: T?\n\n## c: C.\n\nWhy this matters.\n\n> One\n> line.\n>\n> Two.\n>\n> — s\n\n# Sources\n\n## s: S\n`);
    expect(map.claims[0].quotes[0].text).to.equal('One line. Two.');
    expect(map.claims[0].note).to.equal('Why this matters.');
  });

  it('reads whose words a quote is from the kind after the speaker', () => {
    const quote = (citation: string) => parse(`# t: T?\n\n## c: C.\n\n> Words.\n>\n> — ${citation}\n`).map.claims[0].quotes[0];
    expect(quote('Donald Trump (reported), s')).to.deep.include({ speaker: 'Donald Trump', speech: 'reported', source: 's' });
    expect(quote('Sherwood News (Relayed), s')).to.deep.include({ speaker: 'Sherwood News', speech: 'relayed' });
    expect(quote('Ben Barringer (Quilter Cheviot) (direct), s')).to.deep.include({ speaker: 'Ben Barringer (Quilter Cheviot)', speech: 'direct' });
    expect(quote('s')).to.not.have.property('speech');
  });

  it('reads a speaker without a kind as direct speech, with a warning asking which', () => {
    const { map, diagnostics } = parse(`# t: T?\n\n## c: C.\n\n> Words.\n>\n> — Jane Doe, s\n`);
    expect(map.claims[0].quotes[0]).to.deep.include({ speaker: 'Jane Doe', speech: 'direct' });
    const warning = diagnostics.find((d) => d.code === 'missing-speech-kind')!;
    expect(warning).to.include({ line: 7, severity: 'warning' });
    expect(warning.message).to.contain('"— Jane Doe (direct), s"');
  });

  it('takes Windows line endings and backticks around ids', () => {
    const { map, diagnostics } = parse('# `t`: T?\r\n\r\n## `a`: A.\r\n\r\n- attacks: `b`\r\n\r\n## b: B.\r\n');
    expect(map.relations[0]).to.include({ from: 'a', to: 'b', kind: 'attacks' });
    expect(diagnostics.filter((d) => d.severity === 'error')).to.deep.equal([]);
  });
});

describe('diagnostics name the line and say what to fix', () => {
  const sources = '\n# Sources\n\n## s: S\n';

  it('a thread heading without an id', () => {
    expect(found(`# Just a title\n`)).to.deep.equal(['1:3 error malformed-thread']);
  });

  it('a claim before any thread', () => {
    expect(found(`## c: C.\n`)).to.deep.equal(['1:4 error outside-section']);
  });

  it('a claim heading without an id', () => {
    expect(found(`# t: T?\n\n## Homework is bad\n`)).to.deep.equal(['3:4 error malformed-claim']);
  });

  it('a heading of hashes alone, pointing at its own line', () => {
    expect(found(`# t: T?\n\n##\n## c: C.\n`)).to.deep.equal(['3:3 error malformed-claim']);
  });

  it('duplicate claim ids, pointing at the first', () => {
    const { diagnostics } = parse(`# t: T?\n\n## c: One.\n\n## c: Two.\n`);
    const duplicate = diagnostics.find((d) => d.code === 'duplicate-id')!;
    expect(duplicate.line).to.equal(5);
    expect(duplicate.message).to.contain('first at map.md:3');
  });

  it('a relation to an unknown claim, with a suggestion', () => {
    const { diagnostics } = parse(`# t: T?\n\n## thesis: T.\n\n## c: C.\n\n- supports: thesys\n`);
    const unknown = diagnostics.find((d) => d.code === 'unknown-claim')!;
    expect(unknown.line).to.equal(7);
    expect(unknown.message).to.contain('did you mean "thesis"');
  });

  it('an unknown relation kind', () => {
    const { diagnostics } = parse(`# t: T?\n\n## a: A.\n\n## b: B.\n\n- refutes: a\n`);
    const unknown = diagnostics.find((d) => d.code === 'unknown-field')!;
    expect(unknown.line).to.equal(7);
    expect(unknown.message).to.contain('"supports: id", "attacks: id"');
  });

  it('a quote citing an unknown source', () => {
    const { diagnostics } = parse(`# t: T?\n\n## a: A.\n\n> Words.\n>\n> — nobody\n${sources}`);
    expect(diagnostics.find((d) => d.code === 'unknown-source')).to.include({ line: 5, severity: 'error' });
  });

  it('a quote without a citation', () => {
    expect(found(`# t: T?\n\n## a: A.\n\n> Words.\n`)).to.include('5:1 error missing-citation');
  });

  it('a claim with no quote is a warning, unless it is a thesis', () => {
    expect(found(`# t: T?\n\n## a: A.\n\n## b: B.\n\n- supports: a\n`)).to.deep.equal(['5:4 warning no-quote']);
  });

  it('an empty claim text', () => {
    expect(found(`# t: T?\n\n## a:\n`)).to.include('3:4 error empty-text');
  });

  it('a source nobody quotes is a warning', () => {
    expect(found(`# t: T?\n${sources}`)).to.deep.equal(['5:4 warning unquoted-source']);
  });

  it('a stance on an unknown thread', () => {
    expect(found(`# t: T?\n\n## a: A.\n\n> W.\n>\n> — s\n\n# Sources\n\n## s: S\n\n- stance:\n  - tt: for — x\n`))
      .to.include('14:5 error unknown-thread');
  });
});
