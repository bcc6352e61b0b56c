import { parseArgs } from 'node:util';
import { mapCoverage, type MapCoverage, type SourceCoverageReport } from '../../coverage/map-coverage.js';
import { hasErrors } from '../../model/diagnostic.js';
import { TextIndex } from '../../parse/text-index.js';
import { type Command, mapPaths, summarize } from '../io.js';
import { readMap, readSourceTexts, UsageError } from '../read-inputs.js';
import { sourcesBeside, sourcesFolder } from '../sources-folder.js';

export const coverage: Command = {
  usage: 'coverage [paths…] [--sources DIR] [--top N] [--json]',
  summary: 'per source: the share of sentences quoted, and the longest paragraphs not yet quoted',
  help: {
    description: 'For each source text: the share of its sentences the map quotes, and the longest paragraphs not quoted yet, which is where to read next.',
    options: { '--sources DIR': 'the folder of source texts (default: sources/ beside the map)', '--top N': 'how many unquoted paragraphs to list per source (default 3)', '--json': 'print the report as JSON' },
    examples: ['argmap coverage', 'argmap coverage arguments/ --sources sources/ --top 5'],
  },
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { sources: { type: 'string' }, top: { type: 'string', default: '3' }, json: { type: 'boolean', default: false } },
    });
    const top = Number(values.top);
    if (!Number.isInteger(top) || top < 0) throw new UsageError(`--top is a number of paragraphs, not "${values.top}"`);
    const paths = mapPaths(positionals);
    const folder = sourcesFolder(paths, values.sources);
    if (folder === undefined) throw new UsageError(`no source texts: pass --sources DIR, or put them in ${sourcesBeside(paths[0])}/`, 1);
    const { map, diagnostics } = await readMap(paths);
    const texts = readSourceTexts(folder, diagnostics);
    // A map being written often has errors; its quotes still say what is covered.
    if (hasErrors(diagnostics)) io.err(`argmap: the map has ${summarize(diagnostics)} (see argmap check); coverage counts the quotes it could read`);
    const result = mapCoverage(map, texts);
    io.out(values.json ? JSON.stringify(asJson(result, top), null, 2) : asText(result, top, folder));
    return 0;
  },
};

interface Paragraph {
  line: number;
  words: number;
  text: string;
}

function unquoted(report: SourceCoverageReport, top: number): Paragraph[] {
  const text = report.text!;
  const lines = new TextIndex(text);
  return report.coverage!.unquotedParagraphs.slice(0, top).map((p) => {
    const body = text.slice(p.start, p.end).replace(/\s+/g, ' ');
    return { line: lines.position(p.start).line, words: body.split(' ').length, text: body };
  });
}

const percent = (part: number, whole: number) => `${whole === 0 ? 0 : Math.round((100 * part) / whole)}%`;

function asText({ sources, uncitedFiles }: MapCoverage, top: number, folder: string): string {
  const lines: string[] = [];
  let sentences = 0;
  let quoted = 0;
  for (const report of sources) {
    const { source, coverage: c, quotes } = report;
    const heading = `${source.id} (${source.file ?? 'no file'})`;
    if (!c) {
      lines.push(`${heading}: no text in ${folder}`, '');
      continue;
    }
    sentences += c.sentences;
    quoted += c.quotedSentences;
    const notFound = quotes.notFound.length ? `, ${quotes.notFound.length} not found (see argmap check)` : '';
    lines.push(`${heading}: ${c.quotedSentences} of ${c.sentences} sentences quoted (${percent(c.quotedSentences, c.sentences)}), ` +
      `${quotes.passages.length} quote${quotes.passages.length === 1 ? '' : 's'}${notFound}`);
    const paragraphs = unquoted(report, top);
    if (paragraphs.length) lines.push('  longest unquoted paragraphs:');
    for (const p of paragraphs) lines.push(`    line ${p.line}, ${p.words} word${p.words === 1 ? '' : 's'}: “${p.text.length > 110 ? `${p.text.slice(0, 110)}…` : p.text}”`);
    lines.push('');
  }
  const texted = sources.filter((s) => s.coverage).length;
  if (uncitedFiles.length) lines.push(`not cited by any source of the map: ${uncitedFiles.join(', ')}`, '');
  lines.push(`${quoted} of ${sentences} sentences quoted (${percent(quoted, sentences)}) in ${texted} source text${texted === 1 ? '' : 's'}`);
  return lines.join('\n');
}

function asJson({ sources, uncitedFiles }: MapCoverage, top: number) {
  return {
    sources: sources.map((report) => {
      const { source, coverage: c, quotes } = report;
      if (!c) return { id: source.id, file: source.file ?? null, text: 'missing' };
      return {
        id: source.id,
        file: source.file,
        sentences: c.sentences,
        quotedSentences: c.quotedSentences,
        characters: c.characters,
        quotedCharacters: c.quotedCharacters,
        quotes: quotes.passages.length,
        quotesNotFound: quotes.notFound.length,
        unquotedParagraphs: unquoted(report, top),
      };
    }),
    uncitedFiles,
  };
}
