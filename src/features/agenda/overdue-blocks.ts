// The overdue part of the RRO agenda: counts per rubriek and per level (red
// first), then the most overdue relationships by name.
import type { Block } from '../../core/message.ts';
import { LEVELS } from '../../core/register-types.ts';
import type { TranslateFn } from '../../core/i18n/translator.ts';
import type { AssignmentStatus } from '../../register/list-my-partners.ts';

const MAX_FIELDS = 10;
const MAX_NAMED = 8;

interface Tally { label: string; red: number; yellow: number }

export function buildOverdueBlocks(t: TranslateFn, lapsed: readonly AssignmentStatus[]): Block[] {
  if (lapsed.length === 0) return [{ type: 'section', text: t('agenda.overdue_none') }];
  const red = lapsed.filter((r) => r.status === 'red').length;
  const byCategory = tally(lapsed, (r) => r.categoryName ?? t('agenda.no_category'));
  const byLevel = tally(lapsed, (r) => t(`common.level.${r.level}`), LEVELS.map((l) => t(`common.level.${l}`)));
  const named = [...lapsed].sort((a, b) => rank(a) - rank(b) || (b.daysSince ?? 0) - (a.daysSince ?? 0)).slice(0, MAX_NAMED);
  const blocks: Block[] = [
    { type: 'section', text: t('agenda.overdue', { red, yellow: lapsed.length - red }) },
    { type: 'fields', fields: byCategory.slice(0, MAX_FIELDS).map((g) => ({ label: g.label, value: t('agenda.tally', { red: g.red, yellow: g.yellow }) })) },
    { type: 'fields', fields: byLevel.map((g) => ({ label: g.label, value: t('agenda.tally', { red: g.red, yellow: g.yellow }) })) },
    {
      type: 'list',
      items: named.map((r) => ({
        status: r.status,
        text: t('agenda.overdue_item', { partner: r.partnerName, name: r.staffName, days: r.daysSince ?? 0, max: r.maxIntervalDays }),
      })),
    },
  ];
  if (lapsed.length > MAX_NAMED) blocks.push({ type: 'context', text: t('agenda.more_items', { count: lapsed.length - MAX_NAMED }) });
  return blocks;
}

const rank = (r: AssignmentStatus) => (r.status === 'red' ? 0 : 1);

// Red first, then yellow; `order` fixes the order of known labels (the levels).
function tally(rows: readonly AssignmentStatus[], labelOf: (r: AssignmentStatus) => string, order?: string[]): Tally[] {
  const map = new Map<string, Tally>();
  for (const row of rows) {
    const label = labelOf(row);
    const entry = map.get(label) ?? { label, red: 0, yellow: 0 };
    if (row.status === 'red') entry.red += 1;
    else entry.yellow += 1;
    map.set(label, entry);
  }
  const list = [...map.values()];
  return order
    ? list.sort((a, b) => order.indexOf(a.label) - order.indexOf(b.label))
    : list.sort((a, b) => b.red - a.red || b.yellow - a.yellow || a.label.localeCompare(b.label, 'nl'));
}
