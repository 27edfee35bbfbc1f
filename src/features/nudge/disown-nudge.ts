// "Niet (meer) mijn partner": the nudge gets outcome 'not_mine' and the team
// lead(s) get a DM to fix the assignment, in the same transaction.
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import type { Staff } from '../../core/register.ts';
import { pickLanguage } from '../../core/i18n/translator.ts';
import type { Turn } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import type { NudgePorts, OutboxEntry } from './nudge-ports.ts';
import { platformOf } from './organisation-platform.ts';
import { redrawNudgeDm } from './redraw-nudge-dm.ts';
import { requireOwnNudge } from './require-own-nudge.ts';

/** The dashboard's queue of "niet (meer) mijn partner" answers to reassign. */
export const REASSIGN_QUEUE_PATH = '/dashboard/beheer/wachtrij';

export async function disownNudge(turn: Turn<InboundOf<'action'>>, ports: NudgePorts): Promise<Reply[]> {
  const nudge = await requireOwnNudge(turn, ports, turn.inbound.value);
  const { actor, deps } = turn;
  const leads = await findLeadsOf(turn);
  const platform = platformOf(actor.organisation.platform);
  const outbox: OutboxEntry[] = leads.map(({ lead, teamLanguage }) => {
    const text = deps.t(pickLanguage(lead.language, teamLanguage), 'nudge.not_mine_lead', { staff: actor.staff.name, partner: nudge.partnerName });
    return {
      key: `not-mine:${nudge.id}:${lead.id}`,
      delivery: { type: 'post', platform, to: { kind: 'person', staffId: lead.id }, message: { text, blocks: [{ type: 'section', text }] } },
    };
  });
  await ports.settleNudge(nudge.id, actor.staff.id, { outcome: 'not_mine', at: deps.clock.now() }, outbox);
  await redrawNudgeDm(turn, ports, nudge.id);
  if (outbox.length > 0) deps.notifyOutbox();
  // Without another lead to ask, the answer waits in the beheer queue (/dashboard/beheer/wachtrij):
  // a lead or beheerder reassigns it there themselves; anyone else hears the beheerder will.
  const ownsQueue = actor.staff.role === 'admin' || actor.leadOfTeamIds.length > 0;
  const text = leads.length > 0
    ? turn.t('nudge.not_mine_done', { partner: nudge.partnerName, leads: leads.map((l) => l.lead.name).join(', ') })
    : turn.t(ownsQueue ? 'nudge.not_mine_queue' : 'nudge.not_mine_no_lead', { partner: nudge.partnerName, path: REASSIGN_QUEUE_PATH });
  return ephemeral(text);
}

// The leads of every team the person is in, except the person themself.
async function findLeadsOf(turn: Turn): Promise<{ lead: Staff; teamLanguage: string }[]> {
  const found = new Map<string, { lead: Staff; teamLanguage: string }>();
  for (const team of turn.actor.teams) {
    for (const member of await turn.deps.ports.staff.listTeamMembers(team.id)) {
      if (member.isLead && member.staff.id !== turn.actor.staff.id && !found.has(member.staff.id)) {
        found.set(member.staff.id, { lead: member.staff, teamLanguage: team.language });
      }
    }
  }
  return [...found.values()];
}
