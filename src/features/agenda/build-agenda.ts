// The RRO agenda as one compact message: who answered, what happened per
// partner, last week's commitments, overdue partners, escalations, who has not
// answered (names for leads only) and successes. Lists are capped for Block Kit.
import type { Block, Message } from '../../core/message.ts';
import { buildCoverageBlocks } from '../network/coverage-blocks.ts';
import { buildScanAgendaBlocks } from '../collaboration/scan-agenda-blocks.ts';
import { localDateOf, weekNumberOf } from '../../domain/period-key.ts';
import type { Language } from '../../core/i18n/translator.ts';
import type { TranslateFn } from '../../core/i18n/translator.ts';
import { formatShortDate } from '../contact-log/format-short-date.ts';
import { classifyCommitment } from './classify-commitment.ts';
import { groupAnswersByPartner } from './group-answers-by-partner.ts';
import type { AgendaData } from './load-agenda-data.ts';
import { buildOverdueBlocks } from './overdue-blocks.ts';

const MAX_PARTNER_GROUPS = 8;
const MAX_LINES_PER_PARTNER = 5;
const MAX_ITEMS = 10;

export interface AgendaView {
  /** Names of people who have not answered: leads only. */
  showNames: boolean;
  language: Language;
  timeZone: string;
}

export function buildAgenda(t: TranslateFn, data: AgendaData, view: AgendaView): Message {
  const answered = new Set(data.answers.map((a) => a.staffId));
  const missing = data.expected.filter((m) => !answered.has(m.id));
  const header = t('agenda.header', { team: data.teamName, week: weekNumberOf(data.periodKey) });
  const blocks: Block[] = [
    { type: 'header', text: header },
    { type: 'context', text: data.round ? t('agenda.answered', { answered: data.expected.length - missing.length, expected: data.expected.length }) : t('agenda.no_round') },
    ...partnerBlocks(t, data),
    ...commitmentBlocks(t, data),
    ...buildOverdueBlocks(t, data.lapsed),
    ...escalationBlocks(t, data, view),
    ...buildCoverageBlocks(t, data.coverageGaps),
  ];
  if (data.round && missing.length > 0) {
    blocks.push({
      type: 'section',
      text: view.showNames
        ? t('agenda.missing_names', { names: missing.map((m) => m.name).join(', ') })
        : t('agenda.missing_count', { count: missing.length }),
    });
  }
  blocks.push(...goalNewsBlocks(t, data), ...buildScanAgendaBlocks(t, data.closedScans), ...successBlocks(t, data));
  return { text: header, blocks };
}

function partnerBlocks(t: TranslateFn, data: AgendaData): Block[] {
  if (data.answers.length === 0) return [];
  const groups = groupAnswersByPartner(data.answers);
  const blocks: Block[] = [{ type: 'section', text: t('agenda.per_partner') }];
  for (const group of groups.slice(0, MAX_PARTNER_GROUPS)) {
    const lines = group.lines.slice(0, MAX_LINES_PER_PARTNER).map((l) =>
      t(l.kind === 'done' ? 'agenda.line_done' : 'agenda.line_planned', { name: firstName(l.staffName), text: l.text }));
    if (group.lines.length > MAX_LINES_PER_PARTNER) lines.push(t('agenda.more_lines', { count: group.lines.length - MAX_LINES_PER_PARTNER }));
    blocks.push({ type: 'section', text: `*${group.partnerName ?? t('agenda.other_partner')}*\n${lines.join('\n')}` });
  }
  if (groups.length > MAX_PARTNER_GROUPS) blocks.push({ type: 'context', text: t('agenda.more_partners', { count: groups.length - MAX_PARTNER_GROUPS }) });
  return blocks;
}

function commitmentBlocks(t: TranslateFn, data: AgendaData): Block[] {
  const judged = data.commitments.map((c) => ({ c, verdict: classifyCommitment(c) })).filter((j) => j.verdict !== 'dropped');
  if (judged.length === 0) return [];
  // Open ones first: they are what the meeting should talk about.
  judged.sort((a, b) => Number(a.verdict === 'done') - Number(b.verdict === 'done'));
  const done = judged.filter((j) => j.verdict === 'done').length;
  const items = judged.slice(0, MAX_ITEMS).map(({ c, verdict }) => ({
    status: verdict === 'done' ? ('green' as const) : ('yellow' as const),
    text: t(verdict === 'done' ? 'agenda.commitment_done' : 'agenda.commitment_open', { name: firstName(c.staffName), text: shorten(c.text) }),
  }));
  const blocks: Block[] = [
    { type: 'section', text: t('agenda.commitments', { done, total: judged.length }) },
    { type: 'list', items },
  ];
  if (judged.length > MAX_ITEMS) blocks.push({ type: 'context', text: t('agenda.more_items', { count: judged.length - MAX_ITEMS }) });
  return blocks;
}

function escalationBlocks(t: TranslateFn, data: AgendaData, view: AgendaView): Block[] {
  if (data.escalations.length === 0) return [];
  const items = data.escalations.slice(0, MAX_ITEMS).map((e) => ({
    status: 'red' as const,
    text: t('agenda.escalation', {
      partner: e.partnerName, name: e.staffName, level: t(`common.level.${e.level}`),
      date: formatShortDate(localDateOf(e.sentAt, view.timeZone), view.language),
    }),
  }));
  const blocks: Block[] = [{ type: 'section', text: t('agenda.escalations', { count: data.escalations.length }) }, { type: 'list', items }];
  if (data.escalations.length > MAX_ITEMS) blocks.push({ type: 'context', text: t('agenda.more_items', { count: data.escalations.length - MAX_ITEMS }) });
  return blocks;
}

/** The plans in the meeting: goals behind (to help) and goals reached (to celebrate). */
function goalNewsBlocks(t: TranslateFn, data: AgendaData): Block[] {
  if (data.goals.length === 0) return [];
  const sorted = [...data.goals].sort((a, b) => Number(a.status === 'reached') - Number(b.status === 'reached'));
  const items = sorted.slice(0, MAX_ITEMS).map((g) => ({
    status: g.status === 'reached' ? ('green' as const) : ('yellow' as const),
    text: t(`agenda.goal_${g.status}`, { name: firstName(g.staffName), partner: g.partnerName ?? '—', result: shorten(g.result) }),
  }));
  return [{ type: 'section', text: t('agenda.goals', { behind: data.goals.filter((g) => g.status === 'behind').length, reached: data.goals.filter((g) => g.status === 'reached').length }) }, { type: 'list', items }];
}

function successBlocks(t: TranslateFn, data: AgendaData): Block[] {
  if (data.successes.length === 0) return [];
  const items = data.successes.slice(0, MAX_ITEMS).map((s) => ({
    text: s.partnerNames.length > 0
      ? t('agenda.success_with_partners', { title: shorten(s.title), name: s.authorName, partners: s.partnerNames.join(', ') })
      : t('agenda.success', { title: shorten(s.title), name: s.authorName }),
  }));
  return [{ type: 'section', text: t('agenda.successes', { count: data.successes.length }) }, { type: 'list', items }];
}

function firstName(name: string): string {
  return name.split(' ')[0] ?? name;
}

function shorten(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
