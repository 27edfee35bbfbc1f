// "mijn partners": my relationships with their status colour, most urgent first,
// with a button to log a contact. Long lists are capped to stay within platform limits.
import type { Block } from '../../core/message.ts';
import type { Reply } from '../../core/outbound.ts';
import { listMyPartners, type AssignmentStatus } from '../../register/list-my-partners.ts';
import type { Turn } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';

const MAX_ROWS = 40;

export async function showMyPartners(turn: Turn): Promise<Reply[]> {
  const rows = await listMyPartners(turn.deps.ports.lapse, {
    organisationId: turn.actor.organisation.id,
    staffId: turn.actor.staff.id,
    now: turn.deps.clock.now(),
    timeZone: turn.actor.timeZone,
  });
  if (rows.length === 0) return ephemeral(turn.t('commands.partners_none'));
  const shown = rows.slice(0, MAX_ROWS);
  const blocks: Block[] = [
    { type: 'header', text: turn.t('commands.partners_title', { count: rows.length }) },
    { type: 'list', items: shown.map((row) => ({ text: describeRow(turn, row), status: row.status })) },
  ];
  if (rows.length > shown.length) blocks.push({ type: 'context', text: turn.t('commands.partners_more', { count: rows.length - shown.length }) });
  blocks.push({ type: 'actions', elements: [{ type: 'button', actionId: 'commands.open_log', label: turn.t('commands.log_button'), value: '', style: 'primary' }] });
  return ephemeral(turn.t('commands.partners_title', { count: rows.length }), blocks);
}

function describeRow(turn: Turn, row: AssignmentStatus): string {
  const when = row.daysSince === null ? turn.t('common.never') : turn.t('common.days_ago', { days: row.daysSince });
  const category = row.categoryName ?? turn.t('commands.no_category');
  return turn.t('commands.partners_row', { partner: row.partnerName, when, category, level: turn.t(`common.level.${row.level}`) });
}
