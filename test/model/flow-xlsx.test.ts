import { expect } from '@open-wc/testing';
import * as excel from 'exceljs';
import { buildCase, type DebateCase } from '../../src/model/case/build-case.js';
import { debateFormat } from '../../src/model/flow/debate-formats.js';
import { flowSheet } from '../../src/model/flow/flow-sheet.js';
import { FLOW_COLUMN_WIDTH, flowXlsx } from '../../src/model/flow/flow-xlsx.js';
import { MapIndex } from '../../src/model/queries.js';
import { parseMap } from '../../src/parse/parse-map.js';

const ExcelJS = ((excel as unknown as { default?: typeof excel }).default ?? excel) as typeof excel;

async function againstUniforms(): Promise<DebateCase> {
  const text = await (await fetch(new URL('../fixtures/case-uniforms.md', import.meta.url))).text();
  const result = buildCase(new MapIndex(parseMap([{ name: 'case-uniforms.md', text }]).map), 'uniforms-thesis', 'against');
  if (!result.ok) throw new Error(result.message);
  return result.case;
}

/** The workbook read back, as Excel would open it. */
async function readBack(bytes: Uint8Array): Promise<excel.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  return workbook;
}

describe('the flow sheet as .xlsx', () => {
  it('has a worksheet a page, the speeches as a frozen header row, and the case in its columns', async () => {
    const bytes = await flowXlsx(flowSheet(await againstUniforms(), debateFormat('pf')!));
    expect(new TextDecoder().decode(bytes.subarray(0, 2))).to.equal('PK');
    const workbook = await readBack(bytes);
    expect(workbook.worksheets.map((w) => w.name)).to.deep.equal(['Our case (Con)', 'Their case (Pro)']);

    const ours = workbook.getWorksheet('Our case (Con)')!;
    expect(ours.getRow(1).values).to.deep.equal([undefined, 'Con Constructive', 'Pro Rebuttal', 'Con Rebuttal', 'Pro Summary',
      'Con Summary', 'Pro Final Focus', 'Con Final Focus']);
    expect(ours.getRow(1).font?.bold).to.equal(true);
    expect(ours.views[0]).to.include({ state: 'frozen', ySplit: 1 });
    expect(ours.getCell('A2').value).to.equal('Uniforms stifle pupils\' self-expression.');
    expect(ours.getCell('B2').value).to.equal('Pupils express themselves in many ways besides clothes.');
    expect(ours.getCell('A3').value).to.equal('↳ Most pupils say clothes matter to how they express themselves.');
    expect(ours.getCell('C2').value).to.equal(null);

    const theirs = workbook.getWorksheet('Their case (Pro)')!;
    expect(theirs.getCell('A2').value).to.equal('Schools should require uniforms.');
    // Public Forum's constructives read their own cases: our answer is in our rebuttal.
    expect(theirs.getCell('B3').value).to.equal(null);
    expect(theirs.getCell('D3').value).to.equal('Uniform shops charge more than ordinary clothes shops.');
  });

  it('wraps every cell, blank ones included, in wide columns, and prints landscape one page wide', async () => {
    const workbook = await readBack(await flowXlsx(flowSheet(await againstUniforms(), debateFormat('policy')!)));
    const sheet = workbook.worksheets[0];
    expect(sheet.columns.map((c) => c.width)).to.deep.equal(Array(6).fill(FLOW_COLUMN_WIDTH));
    expect(sheet.getCell('A2').alignment).to.include({ wrapText: true, vertical: 'top' });
    expect(sheet.getCell('F6').alignment).to.include({ wrapText: true });
    expect(sheet.pageSetup).to.include({ orientation: 'landscape', fitToPage: true, fitToWidth: 1 });
  });

  it('writes a workbook Excel opens from a hostile map: control characters, lone surrogates, huge and formula-like text', async () => {
    const text = ['# t: T', '## m: =HYPERLINK("http://evil.example")', '## a: Bell\u0007 and half a pair \uD83D here.\n\n- supports: m',
      `## b: ${'x'.repeat(40000)}\n\n- attacks: a`].join('\n\n');
    const { map } = parseMap([{ name: 'hostile.md', text }]);
    const result = buildCase(new MapIndex(map), 'm', 'for');
    if (!result.ok) throw new Error(result.message);
    const workbook = await readBack(await flowXlsx(flowSheet(result.case, debateFormat('ld')!)));
    const sheet = workbook.worksheets[0];
    // Text stays text: a claim that looks like a formula is not one.
    expect(sheet.getCell('A2').value).to.equal('=HYPERLINK("http://evil.example")');
    expect(sheet.getCell('A3').value).to.equal('↳ Bell\uFFFD and half a pair \uFFFD here.');
    expect(String(sheet.getCell('B3').value).length).to.equal(32000);
  });

  it('keeps a long motion full of ampersands from breaking the printed page header', async () => {
    // Cut after "&" was doubled, a header could end on half of "&&": a lone "&" that starts an Excel code.
    for (const lead of [102, 103, 104, 105]) {
      const motion = `${'a'.repeat(lead)}${' & b'.repeat(60)}`;
      const text = [`# t: T`, `## m: ${motion}`, '## a: A\n\n- attacks: m'].join('\n\n');
      const result = buildCase(new MapIndex(parseMap([{ name: 'amp.md', text }]).map), 'm', 'for');
      if (!result.ok) throw new Error(result.message);
      const workbook = await readBack(await flowXlsx(flowSheet(result.case, debateFormat('pf')!)));
      const sheet = workbook.worksheets[0];
      const header = sheet.headerFooter.oddHeader ?? '';
      const right = header.slice(header.indexOf('&R') + 2);
      expect(header.startsWith('&L'), header).to.equal(true);
      expect(header.length, header).to.be.at.most(255);
      // Every "&" of the text comes in pairs: no code hides in it.
      expect(right.replace(/&&/g, ''), right).not.to.contain('&');
      expect(right.replace(/&&/g, '&')).to.contain('Public Forum: aaaa');
    }
  });
});
