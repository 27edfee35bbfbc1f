// One status as a coloured cell that also says it in words and shows a shape (never
// colour alone): readable for colour-blind people, in print and without an emoji font.
import type { LapseStatus } from '../core/register-types.ts';
import { esc, type PageText } from './html.ts';

// Plain geometric shapes that every text font has (not emoji): filled when fine,
// growing more angular as it gets urgent, hollow for "never".
const SHAPES: Record<LapseStatus, string> = { green: '●', yellow: '▲', red: '■', grey: '○' };

/** The shape beside a status word; hidden from screen readers, which read the word. */
export function statusShape(status: LapseStatus): string {
  return `<span class="shape" aria-hidden="true">${SHAPES[status]}</span>`;
}

export function renderStatusCell(tx: PageText, status: LapseStatus, days: number | null, context: string): string {
  const label = tx(`status_${status}`);
  const detail = days === null ? tx('never') : tx('days_ago', { days });
  return `<span class="cell status-${status}" data-status="${status}" title="${esc(context)}: ${esc(label)} (${esc(detail)})">` +
    `${statusShape(status)} ${esc(label)} <span class="muted-inline">· ${esc(detail)}</span></span>`;
}
