import type { FlowCell } from './flow-sheet.js';

/** What a filled cell says in a file: the claim, marked when it backs up the claim above it. */
export function flowCellText(cell: FlowCell): string {
  return `${cell.backs ? '↳ ' : ''}${cell.claim.text}`;
}
