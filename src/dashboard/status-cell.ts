// One status as a coloured cell that also says it in words (never colour alone).
import type { LapseStatus } from '../core/register-types.ts';
import { esc, type PageText } from './html.ts';

export function renderStatusCell(tx: PageText, status: LapseStatus, days: number | null, context: string): string {
  const label = tx(`status_${status}`);
  const detail = days === null ? tx('never') : tx('days_ago', { days });
  return `<span class="cell status-${status}" data-status="${status}" title="${esc(context)}: ${esc(label)} (${esc(detail)})">` +
    `${esc(label)} <span class="muted-inline">· ${esc(detail)}</span></span>`;
}
