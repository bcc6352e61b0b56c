import type { FlowSheet } from './flow-sheet.js';
import { flowCellText, omittedNote } from './flow-cell-text.js';

/**
 * The flow as Markdown: a heading and a table a page, the speeches as the header row, blank cells
 * left empty. For a terminal or a notes file; the .xlsx (flowXlsx) is the sheet to fill in.
 *
 * ```ts
 * console.log(flowMarkdown(flowSheet(debate, debateFormat('ld')!)));
 * ```
 */
export function flowMarkdown(sheet: FlowSheet): string {
  const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
  const pages = sheet.pages.map((page) => [
    `## ${cell(page.title)}`,
    '',
    `| ${page.columns.map((speech) => cell(speech.label)).join(' | ')} |`,
    `|${page.columns.map(() => ' --- |').join('')}`,
    ...page.rows.map((row) => `| ${row.map((c) => (c ? cell(flowCellText(c)) : ' ')).join(' | ')} |`),
    ...(page.omitted > 0 ? ['', omittedNote(page.omitted)] : []),
  ].join('\n'));
  return `# Flow (${sheet.format.name}): ${cell(sheet.motion.text)}\n\n${pages.join('\n\n')}\n`;
}
