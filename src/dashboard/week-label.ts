// Weeks as people say them: "week 43", not the key "2026-W43" the database keeps.
import { weekNumberOf } from '../domain/period-key.ts';
import { esc, type PageText } from './html.ts';

export function weekLabel(tx: PageText, periodKey: string): string {
  return tx('week_label', { week: weekNumberOf(periodKey) });
}

/** A table cell's week, with the full key (year included) as a tooltip. */
export function weekLabelHtml(tx: PageText, periodKey: string): string {
  return `<span title="${esc(periodKey)}">${esc(weekLabel(tx, periodKey))}</span>`;
}
