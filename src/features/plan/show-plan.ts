// "plan" / "jaarplan": this year's goals of the person, per partner, with a
// button to open the goal form for each partner without one. "plan <partner>"
// opens the form for that partner right away.
import type { InboundOf } from '../../core/inbound.ts';
import type { Block } from '../../core/message.ts';
import type { Reply } from '../../core/outbound.ts';
import { localDateOf } from '../../domain/period-key.ts';
import type { Turn } from '../../bot/feature.ts';
import { listOrganisationPartners, listPartnerOptions } from '../commands/list-partner-options.ts';
import { recognisePartner } from '../commands/recognise-partner.ts';
import { buildGoalForm } from './goal-form.ts';
import { goalBlocks } from './plan-blocks.ts';
import type { PlanGoal, PlanPorts } from './plan-ports.ts';

const MAX_GOALS = 10;
const MAX_OPEN_PARTNERS = 8;

export function planYearOf(turn: Turn): number {
  return Number(localDateOf(turn.deps.clock.now(), turn.actor.timeZone).slice(0, 4));
}

export async function showPlan(turn: Turn<InboundOf<'command'>>, ports: PlanPorts, args: string): Promise<Reply[]> {
  if (args.trim() !== '') return openGoalFormFor(turn, args.trim());
  const year = planYearOf(turn);
  const goals = await ports.listGoals([turn.actor.staff.id], year);
  const assignments = await turn.deps.ports.contacts.listAssignmentsOfStaff(turn.actor.staff.id);
  const withGoal = new Set(goals.map((g) => g.partnerId));
  const names = new Map((await listOrganisationPartners(turn)).map((p) => [p.id, p.name]));
  const open = [...new Set(assignments.map((a) => a.partnerId))].filter((id) => !withGoal.has(id) && names.has(id));
  const blocks: Block[] = [
    { type: 'header', text: turn.t('plan.header', { year }) },
    { type: 'context', text: turn.t('plan.intro') },
  ];
  for (const goal of goals.slice(0, MAX_GOALS)) blocks.push(...goalBlocks(turn.t, goal, turn.actor.language, true));
  if (assignments.length === 0) blocks.push({ type: 'context', text: turn.t('plan.no_partners') });
  for (const partnerId of open.slice(0, MAX_OPEN_PARTNERS)) {
    const partner = names.get(partnerId)!;
    blocks.push({
      type: 'section', text: turn.t('plan.partner_no_goal', { partner }),
      accessory: { type: 'button', actionId: 'plan.add_goal', label: turn.t('plan.button_add_for', { partner }).slice(0, 75), value: partnerId },
    });
  }
  if (open.length > MAX_OPEN_PARTNERS) blocks.push({ type: 'context', text: turn.t('plan.more_partners', { count: open.length - MAX_OPEN_PARTNERS }) });
  blocks.push(
    { type: 'actions', elements: [{ type: 'button', actionId: 'plan.add_goal', label: turn.t('plan.button_add'), value: '', style: 'primary' }] },
    { type: 'context', text: turn.t('plan.dashboard_hint') },
  );
  return [{ type: 'ephemeral', message: { text: turn.t('plan.header', { year }), blocks } }];
}

/** "plan <partner>": the form for the recognised partner (unrecognised: the form without a choice). */
async function openGoalFormFor(turn: Turn, text: string): Promise<Reply[]> {
  const [partners, mine] = await Promise.all([listOrganisationPartners(turn), turn.deps.ports.contacts.listAssignmentsOfStaff(turn.actor.staff.id)]);
  const found = recognisePartner(text, partners, new Set(mine.map((a) => a.partnerId)));
  return openGoalForm(turn, { partnerId: found.kind === 'one' ? found.partner.id : null });
}

export async function openGoalForm(turn: Turn, o: { partnerId?: string | null; goal?: PlanGoal | null; resultHint?: string }): Promise<Reply[]> {
  const partners = await listPartnerOptions(turn);
  // The goal's partner stays choosable even when it is not among the first 100 options.
  const options = o.goal?.partnerId && o.goal.partnerName && !partners.some((p) => p.value === o.goal!.partnerId)
    ? [{ label: o.goal.partnerName.slice(0, 75), value: o.goal.partnerId }, ...partners.slice(0, 99)]
    : partners;
  return [{ type: 'open_form', form: buildGoalForm(turn.t, { partners: options, ...o }) }];
}
