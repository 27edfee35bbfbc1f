// The person's home view (Slack App Home, a Teams tab): buttons for the three
// everyday actions, my partners with their status colour, my open commitments,
// my last check-in answer and, for leads, their team's numbers.
import type { Block } from '../../core/message.ts';
import type { Reply } from '../../core/outbound.ts';
import { commitmentButtons } from '../commitments/commitment-buttons.ts';
import type { Turn } from '../../bot/feature.ts';
import { listMyPartners } from '../../register/list-my-partners.ts';
import type { HomePorts } from './home-ports.ts';
import { buildTeamNumbers } from './team-numbers.ts';

/** Home views are long-lived; keep them short enough to read at a glance. */
const MAX_PARTNERS = 15;
const MAX_COMMITMENTS = 8;
const MAX_ANSWER_CHARS = 600;

export async function buildHome(turn: Turn, ports: HomePorts): Promise<Reply[]> {
  const title = turn.t('home.title', { name: turn.actor.staff.name });
  const blocks: Block[] = [
    { type: 'header', text: title },
    { type: 'actions', elements: await buildButtons(turn, ports) },
    ...(await buildPartnerBlocks(turn)),
    ...(await buildCommitmentBlocks(turn, ports)),
    ...(await buildAnswerBlocks(turn, ports)),
  ];
  for (const team of turn.actor.teams.filter((t) => turn.actor.leadOfTeamIds.includes(t.id))) {
    blocks.push({ type: 'divider' }, ...(await buildTeamNumbers(turn, ports, team)));
  }
  return [{ type: 'home', message: { text: title, blocks } }];
}

async function buildButtons(turn: Turn, ports: HomePorts): Promise<Extract<Block, { type: 'actions' }>['elements']> {
  const team = turn.actor.teams[0];
  const round = team ? await ports.findLatestRound(team.id) : null;
  return [
    // An empty value lets the check-in feature pick the person's current round itself.
    { type: 'button', actionId: 'checkin.open_form', label: turn.t('home.button_answer'), value: round?.state === 'open' ? round.id : '', style: 'primary' },
    { type: 'button', actionId: 'commands.open_log', label: turn.t('home.button_log'), value: '' },
    { type: 'button', actionId: 'success.open', label: turn.t('home.button_success'), value: '' },
  ];
}

async function buildPartnerBlocks(turn: Turn): Promise<Block[]> {
  const rows = await listMyPartners(turn.deps.ports.lapse, {
    organisationId: turn.actor.organisation.id,
    staffId: turn.actor.staff.id,
    now: turn.deps.clock.now(),
    timeZone: turn.actor.timeZone,
  });
  const heading: Block = { type: 'section', text: turn.t('home.partners_title', { count: rows.length }) };
  if (rows.length === 0) return [{ type: 'divider' }, heading, { type: 'context', text: turn.t('home.partners_none') }];
  const items = rows.slice(0, MAX_PARTNERS).map((row) => ({
    text: turn.t('home.partner_row', {
      partner: row.partnerName,
      when: row.daysSince === null ? turn.t('common.never') : turn.t('common.days_ago', { days: row.daysSince }),
      status: turn.t(`common.status.${row.status}`),
    }),
    status: row.status,
  }));
  const blocks: Block[] = [{ type: 'divider' }, heading, { type: 'list', items }];
  if (rows.length > items.length) blocks.push({ type: 'context', text: turn.t('home.partners_more', { count: rows.length - items.length }) });
  return blocks;
}

async function buildCommitmentBlocks(turn: Turn, ports: HomePorts): Promise<Block[]> {
  const open = await ports.listOpenCommitments(turn.actor.staff.id, MAX_COMMITMENTS);
  const heading: Block = { type: 'section', text: turn.t('home.commitments_title') };
  if (open.length === 0) return [{ type: 'divider' }, heading, { type: 'context', text: turn.t('home.commitments_none') }];
  // Each item with its done / next week / drop buttons, so commitments close where people look.
  const items = open.flatMap((c): Block[] => [
    { type: 'section', text: `• ${c.partnerName ? `${c.text} (${c.partnerName})` : c.text}` },
    { type: 'actions', elements: commitmentButtons(turn.t, c.id) },
  ]);
  return [{ type: 'divider' }, heading, ...items];
}

async function buildAnswerBlocks(turn: Turn, ports: HomePorts): Promise<Block[]> {
  const answer = await ports.findLastAnswer(turn.actor.staff.id);
  const heading: Block = { type: 'section', text: turn.t('home.answer_title', { week: answer?.periodKey ?? '' }) };
  if (!answer) return [{ type: 'divider' }, heading, { type: 'context', text: turn.t('home.answer_none') }];
  const dash = turn.t('home.answer_empty');
  return [
    { type: 'divider' },
    heading,
    {
      type: 'fields',
      fields: [
        { label: turn.t('home.answer_done'), value: clip(answer.done) || dash },
        { label: turn.t('home.answer_planned'), value: clip(answer.planned) || dash },
      ],
    },
  ];
}

function clip(text: string): string {
  return text.length > MAX_ANSWER_CHARS ? `${text.slice(0, MAX_ANSWER_CHARS - 1)}…` : text;
}
