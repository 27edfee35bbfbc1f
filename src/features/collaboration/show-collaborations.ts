// `samenwerking` in chat: without words the collaborations I own or take part in,
// `samenwerking nieuw` the form, `samenwerking <naam>` one collaboration with its
// latest quick-scan figures (only from 3 respondents) and the tip for its weakest factor.
import type { InboundOf } from '../../core/inbound.ts';
import type { Block } from '../../core/message.ts';
import type { Reply } from '../../core/outbound.ts';
import type { Turn } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import { aggregateRounds, FACTOR_KEYS } from '../../domain/quick-scan-results.ts';
import { listPartnerOptions } from '../commands/list-partner-options.ts';
import type { ScanDeps } from './answer-quick-scan.ts';
import type { Collaboration } from './collaboration-ports.ts';
import { buildCollaborationForm } from './collaboration-form.ts';
import { canCreateCollaboration, canEditCollaboration } from './collaboration-rights.ts';
import { findCollaborationByName } from './find-collaboration.ts';

export const NEW_ACTION = 'collaboration.new';
export const EDIT_ACTION = 'collaboration.edit';
export const SCAN_ACTION = 'collaboration.scan';
const NEW_WORDS = new Set(['nieuw', 'new', 'toevoegen', 'add']);

export async function showCollaborations(turn: Turn<InboundOf<'command'>>, d: ScanDeps, args: string): Promise<Reply[]> {
  if (NEW_WORDS.has(args.trim().toLowerCase())) return openCollaborationForm(turn, d, null);
  const all = await d.collaborations.listCollaborations(turn.actor.organisation.id);
  if (args.trim() !== '') {
    const found = findCollaborationByName(all, args);
    if (found.kind === 'one') return showOne(turn, d, found.collaboration);
    return ephemeral(found.kind === 'none' ? turn.t('collaboration.not_found', { text: args.trim() }) : turn.t('collaboration.which', { names: found.names.join(', ') }));
  }
  const me = turn.actor.staff.id;
  const mine = all.filter((c) => c.ownerId === me || c.participants.some((p) => p.id === me));
  const blocks: Block[] = [{ type: 'header', text: turn.t('collaboration.mine_title') }];
  blocks.push(mine.length === 0
    ? { type: 'section', text: turn.t('collaboration.mine_none') }
    : { type: 'list', items: mine.map((c) => ({ text: turn.t('collaboration.mine_line', { name: c.name, stage: turn.t(`collaboration.stage_${c.stage}`), owner: c.ownerName ?? '—' }) })) });
  blocks.push({ type: 'context', text: turn.t('collaboration.mine_hint') });
  if (canCreateCollaboration(turn.actor.staff.role, turn.actor.leadOfTeamIds.length > 0)) {
    blocks.push({ type: 'actions', elements: [{ type: 'button', actionId: NEW_ACTION, label: turn.t('collaboration.button_new'), value: '', style: 'primary' }] });
  }
  return ephemeral({ text: turn.t('collaboration.mine_title'), blocks });
}

async function showOne(turn: Turn, d: ScanDeps, c: Collaboration): Promise<Reply[]> {
  const t = turn.t;
  const facts = [
    t('collaboration.fact_stage', { stage: t(`collaboration.stage_${c.stage}`) }),
    t('collaboration.fact_owner', { owner: c.ownerName ?? '—' }),
    t('collaboration.fact_partners', { partners: c.partners.map((p) => p.name).join(', ') || '—' }),
    t('collaboration.fact_participants', { participants: c.participants.map((p) => p.name).join(', ') || '—' }),
    ...(c.resultGoal ? [t('collaboration.fact_goal', { goal: c.resultGoal })] : []),
  ];
  const blocks: Block[] = [{ type: 'header', text: c.name.slice(0, 150) }, { type: 'section', text: facts.join('\n') }];
  const rounds = await d.scans.listRounds(c.id);
  const closed = rounds.filter((r) => r.closedAt);
  const results = aggregateRounds(closed.map((r) => r.answers));
  const last = results.at(-1);
  if (!last) blocks.push({ type: 'context', text: t('collaboration.no_scan') });
  else if (!last.shown || !last.weakest) blocks.push({ type: 'context', text: t('collaboration.scan_hidden', { count: last.respondents }) });
  else {
    const weakest = last.factors.find((f) => f.factor === last.weakest);
    blocks.push({ type: 'section', text: t('collaboration.scan_summary', { count: last.respondents, factor: t(`quickscan.factor.${FACTOR_KEYS[last.weakest]}`), mean: (weakest?.mean ?? 0).toFixed(1) }) });
    blocks.push({ type: 'context', text: t(`quickscan.tip.${FACTOR_KEYS[last.weakest]}`) });
  }
  const open = rounds.find((r) => !r.closedAt);
  if (open) blocks.push({ type: 'context', text: t('collaboration.scan_open', { count: open.respondents, invited: open.invited }) });
  if (await mayEdit(turn, d, c)) {
    blocks.push({ type: 'actions', elements: [
      { type: 'button', actionId: EDIT_ACTION, label: t('collaboration.button_edit'), value: c.id },
      ...(open ? [] : [{ type: 'button' as const, actionId: SCAN_ACTION, label: t('collaboration.button_scan'), value: c.id }]),
    ] });
  }
  blocks.push({ type: 'context', text: t('collaboration.dashboard_hint') });
  return ephemeral({ text: c.name, blocks });
}

export async function mayEdit(turn: Turn, d: ScanDeps, c: Collaboration): Promise<boolean> {
  const me = turn.actor.staff;
  const leadsOwner = c.ownerId !== null && turn.actor.leadOfTeamIds.length > 0 && await d.collaborations.leadsMember(me.id, c.ownerId);
  return canEditCollaboration({ staffId: me.id, role: me.role, leadsOwner }, c.ownerId);
}

export async function openCollaborationForm(turn: Turn, d: ScanDeps, existing: Collaboration | null): Promise<Reply[]> {
  if (existing ? !(await mayEdit(turn, d, existing)) : !canCreateCollaboration(turn.actor.staff.role, turn.actor.leadOfTeamIds.length > 0)) {
    return ephemeral(turn.t('collaboration.not_allowed'));
  }
  const [partners, people] = await Promise.all([listPartnerOptions(turn), d.collaborations.listPeople(turn.actor.organisation.id)]);
  const options = people.slice(0, 100).map((p) => ({ label: p.name.slice(0, 75), value: p.id }));
  return [{ type: 'open_form', form: buildCollaborationForm(turn.t, { partners, people: options, ownerId: turn.actor.staff.id, existing }) }];
}
