import { type FlowCell, MAX_FLOW_ROWS } from './flow-sheet.js';

/** What a filled cell says in a file: the claim, marked when it backs up the claim above it. */
export function flowCellText(cell: FlowCell): string {
  return `${cell.backs ? '↳ ' : ''}${cell.claim.text}`;
}

/** What a page that could not hold every claim says at its foot. */
export function omittedNote(omitted: number): string {
  return `… and ${omitted} more ${omitted === 1 ? 'claim' : 'claims'}, past the ${MAX_FLOW_ROWS} rows a page holds: see the brief`;
}
