// argmap's help, version and "did you mean", run in-process through main(argv, io).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { main } from '../../dist/cli/main.js';

const COMMANDS = ['check', 'build', 'brief', 'flow', 'evaluate', 'convert', 'init', 'coverage', 'site', 'serve'];

/** Runs argmap in-process on a terminal `columns` wide; what it printed and its exit code. */
async function argmap(argv, columns) {
  const out = [];
  const err = [];
  const code = await main(argv, { out: (text) => out.push(text), err: (text) => err.push(text), columns });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const widest = (text) => Math.max(...text.split('\n').map((line) => line.length));

describe('argmap help', () => {
  it('prints every command with its summary, exit 0', async () => {
    for (const argv of [['help'], ['--help'], ['-h']]) {
      const { code, out, err } = await argmap(argv);
      assert.equal(code, 0);
      assert.equal(err, '');
      for (const name of COMMANDS) assert.match(out, new RegExp(`^  ${name} `, 'm'));
      assert.match(out, /argmap help COMMAND/);
    }
  });

  it('wraps to the terminal, 80 columns when it is unknown', async () => {
    assert.ok(widest((await argmap(['help'])).out) < 80);
    assert.ok(widest((await argmap(['help'], 50)).out) < 50);
    assert.ok(widest((await argmap(['help', 'evaluate'], 60)).out) < 60);
    assert.ok(widest((await argmap(['help'], 200)).out) < 200);
  });

  it('gives each command a page with a description, its options and examples, by "help NAME" and "NAME --help"', async () => {
    for (const name of COMMANDS) {
      const page = await argmap(['help', name]);
      assert.equal(page.code, 0, name);
      assert.match(page.out, new RegExp(`^usage: argmap ${name}`), name);
      assert.match(page.out, /\nexamples:\n {2}(npx )?arg/, name);
      assert.ok(page.out.split('\n\n')[1].length > 40, `${name} has a description`);
      if (name !== 'init') assert.match(page.out, /\noptions:\n {2}-/, name);
      assert.deepEqual(await argmap([name, '--help']), page, `${name} --help`);
      assert.deepEqual(await argmap([name, 'arguments/', '-h']), page, `${name} -h`);
    }
  });

  it('lists the options check and build take', async () => {
    assert.match((await argmap(['help', 'check'])).out, /--sources DIR {2}the folder of source texts/);
    assert.match((await argmap(['build', '--help'])).out, /-o, --output FILE[\s\S]*--layout/);
  });

  it('says when there is no such command to help with, exit 2', async () => {
    assert.deepEqual(await argmap(['help', 'chekc']), { code: 2, out: '', err: 'argmap: no help on "chekc": not a command; did you mean "check"?\nRun "argmap help" for the list of commands.' });
  });

  it('without a command prints the overview and exits 2', async () => {
    const { code, out } = await argmap([]);
    assert.equal(code, 2);
    assert.match(out, /^usage: argmap <command>/);
  });
});

describe('argmap --version', () => {
  it('prints the package version, exit 0', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    for (const flag of ['--version', '-v']) assert.deepEqual(await argmap([flag]), { code: 0, out: `argument-map ${version}`, err: '' });
  });
});

describe('argmap on a misspelt command or option', () => {
  it('suggests the command meant, exit 2', async () => {
    assert.deepEqual(await argmap(['chekc']), { code: 2, out: '', err: 'argmap: unknown command "chekc"; did you mean "check"?\nRun "argmap help" for the list of commands.' });
    assert.match((await argmap(['covrage'])).err, /did you mean "coverage"\?/);
    assert.match((await argmap(['evalute'])).err, /did you mean "evaluate"\?/);
  });

  it('suggests nothing for a word that is no near miss', async () => {
    assert.deepEqual(await argmap(['frobnicate']), { code: 2, out: '', err: 'argmap: unknown command "frobnicate"\nRun "argmap help" for the list of commands.' });
    assert.deepEqual(await argmap(['check', '--wibble']), { code: 2, out: '', err: 'argmap: check: unknown option --wibble\nRun "argmap help check" for its options.' });
  });

  it('suggests the option meant, exit 2', async () => {
    assert.deepEqual(await argmap(['check', '--source', 'x']), { code: 2, out: '', err: 'argmap: check: unknown option --source; did you mean --sources?\nRun "argmap help check" for its options.' });
    assert.deepEqual(await argmap(['build', '--layot']), { code: 2, out: '', err: 'argmap: build: unknown option --layot; did you mean --layout?\nRun "argmap help build" for its options.' });
    assert.match((await argmap(['evaluate', '--semantic', 'preferred'])).err, /unknown option --semantic; did you mean --semantics\?/);
    assert.match((await argmap(['convert', 'a.md', '--too', 'json'])).err, /unknown option --too; did you mean --to\?/);
    assert.match((await argmap(['site', '--ouput', 'x'])).err, /unknown option --ouput; did you mean --output\?/);
  });

  it('says which option lacks its value, exit 2', async () => {
    assert.deepEqual(await argmap(['check', '--sources']), { code: 2, out: '', err: 'argmap: check: option \'--sources <value>\' argument missing\nRun "argmap help check" for its options.' });
  });
});
