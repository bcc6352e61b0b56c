// `argmap flow`: the case as a debater's flow sheet, as Markdown tables or an .xlsx read back here.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';

const root = new URL('../../', import.meta.url).pathname;
const uniforms = 'test/fixtures/case-uniforms.md';

function argmap(...args) {
  const result = spawnSync(process.execPath, [join(root, 'bin/argmap.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('argmap flow', () => {
  it('prints each side\'s page as a Markdown table of the format\'s speeches', () => {
    const { code, out } = argmap('flow', uniforms, '--claim', 'uniforms-thesis', '--side', 'against', '--format', 'ld');
    assert.equal(code, 0);
    const lines = out.split('\n');
    assert.equal(lines[0], '# Flow (Lincoln–Douglas): Schools should require uniforms.');
    assert.ok(lines.includes('## Our case (Negative)'));
    assert.ok(lines.includes('| NC | 1AR | NR | 2AR |'));
    assert.ok(lines.includes('| Uniforms stifle pupils\' self-expression. | Pupils express themselves in many ways besides clothes. |   |   |'));
    assert.ok(lines.includes('| ↳ Uniforms save families money on clothes. | Uniform shops charge more than ordinary clothes shops. |   |   |   |'));
  });

  it('writes an .xlsx that Excel reads: a worksheet a page, frozen speeches, wrapped cells, landscape', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'argmap-flow-')), 'flow.xlsx');
    const { code, err } = argmap('flow', uniforms, '--claim', 'uniforms-thesis', '--side', 'for', '--format', 'wsdc', '-o', file);
    assert.equal(code, 0, err);
    assert.match(err, /^wrote .*flow\.xlsx \(\d+ kB\); World Schools, 2 pages\n$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    assert.deepEqual(workbook.worksheets.map((w) => w.name), ['Our case (Proposition)', 'Their case (Opposition)']);
    const ours = workbook.worksheets[0];
    assert.deepEqual(ours.getRow(1).values.slice(1), ['Prop 1', 'Opp 1', 'Prop 2', 'Opp 2', 'Prop 3', 'Opp 3', 'Opp Reply', 'Prop Reply']);
    assert.equal(ours.getCell('A2').value, 'Schools should require uniforms.');
    assert.equal(ours.getCell('A3').value, '↳ Uniforms save families money on clothes.');
    assert.equal(ours.getCell('B3').value, 'Uniform shops charge more than ordinary clothes shops.');
    assert.equal(ours.getCell('B3').alignment.wrapText, true);
    assert.equal(ours.views[0].state, 'frozen');
    assert.equal(ours.views[0].ySplit, 1);
    assert.ok(ours.columns.every((c) => c.width === 40));
    assert.equal(ours.pageSetup.orientation, 'landscape');
    const theirs = workbook.worksheets[1];
    assert.equal(theirs.getRow(1).values[1], 'Opp 1');
    assert.equal(theirs.getCell('A2').value, 'Uniforms stifle pupils\' self-expression.');
  });

  it('says what is wrong with its arguments, with exit code 2', () => {
    assert.deepEqual(argmap('flow', uniforms, '--claim', 'uniforms-thesis', '--side', 'for', '--format', 'apda'),
      { code: 2, out: '', err: 'argmap: --format is one of pf, pf-con-first, policy, ld, bp, wsdc, not "apda"\n' });
    assert.equal(argmap('flow', uniforms, '--claim', 'uniforms-thesis').code, 2);
  });

  it('does not write the flow over one of the map files it reads, alone or in a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-flow-'));
    mkdirSync(join(dir, 'maps'));
    const map = join(dir, 'maps', 'uniforms.md');
    copyFileSync(join(root, uniforms), map);
    const before = readFileSync(map, 'utf8');
    for (const [input, output] of [[map, map], [join(dir, 'maps'), map], [map, join(dir, 'maps', '.', 'uniforms.md')]]) {
      const { code, err } = argmap('flow', input, '--claim', 'uniforms-thesis', '--side', 'for', '-o', output);
      assert.equal(code, 1, err);
      assert.match(err, /is a file of the map: the flow would replace it/);
      assert.equal(readFileSync(map, 'utf8'), before);
    }
  });
});
