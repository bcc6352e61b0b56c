import * as excel from 'exceljs';
import type { FlowPage, FlowSheet } from './flow-sheet.js';
import { flowCellText, omittedNote } from './flow-cell-text.js';

// exceljs is CommonJS: bundlers and Node hand it over as the namespace's default, the dev server's
// shim as named exports too.
const ExcelJS = ((excel as unknown as { default?: typeof excel }).default ?? excel) as typeof excel;

/** Characters wide of a speech's column: about 40 characters a line of wrapped claim text. */
export const FLOW_COLUMN_WIDTH = 40;

/** Excel refuses a cell of more than 32,767 characters. */
const CELL_LIMIT = 32000;

/**
 * The text as XML 1.0 can hold it: control characters and lone surrogates, which a hostile map
 * may carry, would make the workbook one that Excel refuses to open.
 */
function xmlText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * The flow as an Excel workbook: one worksheet a page, the speeches as a frozen header row,
 * wrapped cells in wide columns, set to print landscape one page wide. Blank cells stay blank,
 * to be filled in during the round.
 *
 * ```ts
 * const bytes = await flowXlsx(flowSheet(debate, debateFormat('pf')!));
 * ```
 */
export async function flowXlsx(sheet: FlowSheet): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'argument-map';
  workbook.title = xmlText(`Flow: ${sheet.motion.text}`.slice(0, 1000));
  const names = new Set<string>();
  for (const page of sheet.pages) addPage(workbook, page, sheet, sheetName(page.title, names));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function addPage(workbook: excel.Workbook, page: FlowPage, sheet: FlowSheet, name: string): void {
  const worksheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
    headerFooter: { oddHeader: xmlText(`&L${headerText(page.title)}&R${headerText(`${sheet.format.name}: ${sheet.motion.text}`)}`) },
  });
  worksheet.columns = page.columns.map((speech) => ({ header: speech.label, width: FLOW_COLUMN_WIDTH }));
  const header = worksheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.border = { bottom: { style: 'medium' } };
  });
  for (const row of page.rows) {
    const added = worksheet.addRow(row.map((cell) => (cell ? xmlText(flowCellText(cell).slice(0, CELL_LIMIT)) : null)));
    // Every cell of the sheet wraps, the blank ones too: they are filled in during the round.
    for (let column = 1; column <= page.columns.length; column++) {
      const cell = added.getCell(column);
      const claim = row[column - 1];
      cell.alignment = { wrapText: true, vertical: 'top' };
      cell.border = { right: { style: 'thin', color: { argb: 'FF9AA5B1' } } };
      if (claim?.role === 'case') cell.font = { bold: true };
    }
  }
  if (page.omitted > 0) worksheet.addRow([omittedNote(page.omitted)]).getCell(1).font = { italic: true };
}

/** A worksheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, unique in the book. */
function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28) || 'Flow';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * `&` starts a code in an Excel page header: a literal one is written twice. The cut to 120
 * characters a side (Excel takes 255 in all) never leaves half of a pair, which would start a code.
 */
function headerText(text: string): string {
  let written = '';
  for (const char of text) {
    const next = char === '&' ? '&&' : char;
    if (written.length + next.length > 120) break;
    written += next;
  }
  return written;
}
