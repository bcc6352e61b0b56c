import type { Diagnostic } from '../model/diagnostic.js';
import { diagnosticAt } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/types.js';
import { TextIndex } from '../parse/text-index.js';

/**
 * Where each value of a JSON text starts, keyed by its path as diagnostics name it:
 * `''` for the whole document, `nodes[3]`, `nodes[3].text`. JSON.parse keeps no positions, so
 * this walks the text once more; it expects text that JSON.parse has already accepted.
 */
export class JsonPositions {
  private readonly offsets = new Map<string, number>();
  private readonly index: TextIndex;
  private cursor = 0;

  constructor(private readonly text: string, private readonly file: string) {
    this.index = new TextIndex(text);
    try {
      this.scan();
    } catch {
      // Not valid JSON after all: paths not reached fall back to the nearest one that was.
    }
  }

  /** The location of `path`, or of its nearest enclosing value that has one. */
  at(path: string): SourceLocation {
    for (let p = path; ; p = parentPath(p)) {
      const offset = this.offsets.get(p);
      if (offset !== undefined) return { file: this.file, ...this.index.position(offset) };
      if (p === '') return { file: this.file, line: 1, column: 1 };
    }
  }

  /** Moves diagnostics that name a path (`claims[3].text: …`) to that path's line. */
  locate(diagnostics: readonly Diagnostic[]): Diagnostic[] {
    return diagnostics.map((d) => {
      const path = /^([\w$]+(?:\[\d+\]|\.[\w$]+)*):/.exec(d.message)?.[1];
      return path === undefined ? d : { ...d, ...this.at(path) };
    });
  }

  /**
   * One pass over the text with a stack of the open objects and arrays, not recursion: a file
   * nested a million levels deep is read like any other. Values deeper than `MAX_RECORDED_DEPTH`
   * are not recorded (no map needs them; their paths would grow with the depth).
   */
  private scan(): void {
    const open: { path: string; array: boolean; count: number }[] = [];
    let path = '';
    for (;;) {
      this.skipSpace();
      if (open.length <= MAX_RECORDED_DEPTH) this.offsets.set(path, this.cursor);
      const char = this.text[this.cursor];
      if (char === '{' || char === '[') {
        this.cursor++;
        open.push({ path, array: char === '[', count: 0 });
      } else if (char === '"') {
        this.string();
      } else {
        this.literal();
      }
      // Close what ends here, then find where the next value starts and what its path is.
      for (;;) {
        const top = open.at(-1);
        if (!top) return;
        this.skipSpace();
        if (this.text[this.cursor] === (top.array ? ']' : '}')) {
          this.cursor++;
          open.pop();
          continue;
        }
        if (top.count > 0) {
          if (this.text[this.cursor] !== ',') throw new Error('malformed JSON');
          this.cursor++;
          this.skipSpace();
        }
        const deep = open.length > MAX_RECORDED_DEPTH;
        if (top.array) {
          path = deep ? top.path : `${top.path}[${top.count}]`;
        } else {
          const start = this.cursor;
          this.string();
          const key = deep ? '' : (JSON.parse(this.text.slice(start, this.cursor)) as string);
          this.skipSpace();
          this.cursor++; // the colon
          path = deep ? top.path : top.path ? `${top.path}.${key}` : key;
        }
        top.count++;
        break;
      }
    }
  }

  private string(): void {
    if (this.text[this.cursor] !== '"') throw new Error('expected a string');
    for (this.cursor++; this.cursor < this.text.length && this.text[this.cursor] !== '"'; this.cursor++) {
      if (this.text[this.cursor] === '\\') this.cursor++;
    }
    this.cursor++;
  }

  /** A number, `true`, `false` or `null`: everything up to the next delimiter. */
  private literal(): void {
    LITERAL_END.lastIndex = this.cursor;
    this.cursor = LITERAL_END.exec(this.text)?.index ?? this.text.length;
  }

  /** JSON's own whitespace: space, tab, line feed, carriage return. */
  private skipSpace(): void {
    for (let c = this.text.charCodeAt(this.cursor); c === 32 || c === 9 || c === 10 || c === 13; c = this.text.charCodeAt(this.cursor)) this.cursor++;
  }
}

/** Maps need four levels (`claims[3].quotes[0].source`); a little more is kept for other JSON. */
const MAX_RECORDED_DEPTH = 16;

const LITERAL_END = /[\s,\]}]/g;

function parentPath(path: string): string {
  return path.replace(/(?:\[\d+\]|\.?[^.[\]]+)$/, '');
}

/**
 * JSON.parse, with a syntax error as a diagnostic at the place of the mistake instead of an
 * exception. The place and the words are our own, not the engine's, so that Node (argmap) and
 * every browser (the page) say the same about the same file.
 */
export function parseJson(text: string, file: string): { value: unknown } | { error: Diagnostic } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    const offset = syntaxErrorOffset(text);
    const at = { file, ...new TextIndex(text).position(Math.max(0, Math.min(offset, text.length))) };
    const what = offset >= text.length || offset < 0 ? 'the file ends before the JSON does' : `unexpected ${JSON.stringify(text[offset])}`;
    return { error: diagnosticAt(at, 'error', 'bad-json', `not valid JSON: ${what}`) };
  }
}

const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /true|false|null/y;

/**
 * The offset of the first character that makes `text` not JSON (its length when the text stops
 * too early), found in one pass with a stack of open objects and arrays.
 */
export function syntaxErrorOffset(text: string): number {
  let i = 0;
  const space = () => {
    for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(i)) i++;
  };
  const token = (pattern: RegExp) => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) return false;
    i = pattern.lastIndex;
    return true;
  };
  /** A key and its colon; false when they are not there. */
  const key = () => {
    if (!token(STRING)) return false;
    space();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  const open: string[] = [];
  for (;;) {
    space();
    const char = text[i];
    if (char === '{' || char === '[') {
      i++;
      space();
      if (text[i] !== (char === '{' ? '}' : ']')) {
        open.push(char);
        if (char === '{' && !key()) return i;
        continue;
      }
      i++;
    } else if (!token(STRING) && !token(NUMBER) && !token(WORD)) {
      return i;
    }
    // After a value: close what ends here, then expect the next member.
    for (;;) {
      space();
      const top = open.at(-1);
      if (top === undefined) return i;
      if (text[i] === (top === '{' ? '}' : ']')) {
        open.pop();
        i++;
        continue;
      }
      if (text[i] !== ',') return i;
      i++;
      space();
      if (top === '{' && !key()) return i;
      break;
    }
  }
}
