// "log <partner> [notitie]": logs a contact now at my level with that partner
// (operationeel when it is not mine) and answers with the partner's new status.
import { z } from 'zod';
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import type { Partner } from '../../core/register.ts';
import { logContactMoment } from '../../register/log-contact-moment.ts';
import type { Turn } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import { listOrganisationPartners } from './list-partner-options.ts';
import { openContactLog } from './open-contact-log.ts';
import { recognisePartner } from './recognise-partner.ts';
import type { AfterContactLogged, AskAfterContact } from '../contact-log/contact-log-ports.ts';

const MAX_CHOICES = 5;
const MAX_NOTE = 1500;
/** p: partner, n: note, r: replace the question by the outcome (the log command's own question). */
export const ZLogPick = z.object({ p: z.uuid(), n: z.string().max(MAX_NOTE).default(''), r: z.literal(1).optional() });

export async function logByCommand(turn: Turn<InboundOf<'command'>>, args: string, suggest?: AfterContactLogged, askAfter?: AskAfterContact): Promise<Reply[]> {
  if (args.trim() === '') return openContactLog(turn, turn.inbound.trigger);
  const [partners, mine] = await Promise.all([
    listOrganisationPartners(turn),
    turn.deps.ports.contacts.listAssignmentsOfStaff(turn.actor.staff.id),
  ]);
  const found = recognisePartner(args, partners, new Set(mine.map((a) => a.partnerId)));
  if (found.kind === 'none') return ephemeral(turn.t('commands.log_not_found', { text: args.trim() }));
  if (found.kind === 'several') return askWhich(turn, found.partners, found.note);
  return logNow(turn, found.partner, found.note, suggest, askAfter);
}

export async function logNow(turn: Turn, partner: Partner, note: string, suggest?: AfterContactLogged, askAfter?: AskAfterContact): Promise<Reply[]> {
  const now = turn.deps.clock.now();
  const mine = await turn.deps.ports.contacts.listAssignmentsOfStaff(turn.actor.staff.id);
  const level = mine.find((a) => a.partnerId === partner.id)?.level ?? 'operationeel';
  await logContactMoment(turn.deps.ports, {
    organisationId: turn.actor.organisation.id, staffId: turn.actor.staff.id, partnerId: partner.id,
    occurredAt: now, level, note: note.slice(0, MAX_NOTE), source: 'command',
  }, now);
  const rows = await turn.deps.ports.lapse.assignmentStatuses({
    organisationId: turn.actor.organisation.id, staffId: turn.actor.staff.id, now, timeZone: turn.actor.timeZone,
  });
  // A partner that is not mine has no status of my own; a fresh contact is on time.
  const status = rows.find((r) => r.partnerId === partner.id && r.level === level)?.status ?? 'green';
  const text = turn.t('commands.log_done', { partner: partner.name, level: turn.t(`common.level.${level}`), status: turn.t(`common.status.${status}`) });
  const extra = suggest ? await suggest(turn, partner.id) : [];
  const after = askAfter ? await askAfter(turn, partner.id) : [];
  return [...ephemeral(text, [{ type: 'list', items: [{ text, status }] }, ...extra]), ...after];
}

function askWhich(turn: Turn, partners: Partner[], note: string): Reply[] {
  const choices = partners.slice(0, MAX_CHOICES);
  const value = (p: Partner) => JSON.stringify({ p: p.id, n: note.slice(0, MAX_NOTE), r: 1 });
  // "Bedoel je Spaarne Gasthuis of Spaarne Ziekenhuis?" names the choices, not just their number.
  const question = turn.t('commands.log_which', { names: new Intl.ListFormat(turn.actor.language, { type: 'disjunction' }).format(choices.map((p) => p.name)) });
  return ephemeral(question, [
    { type: 'section', text: question },
    { type: 'actions', elements: choices.map((p) => ({ type: 'button' as const, actionId: 'commands.log_pick', label: p.name.slice(0, 75), value: value(p) })) },
  ]);
}

export async function logPickedPartner(turn: Turn<InboundOf<'action'>>, suggest?: AfterContactLogged, askAfter?: AskAfterContact): Promise<Reply[]> {
  let parsed: z.infer<typeof ZLogPick> | null = null;
  try {
    parsed = ZLogPick.parse(JSON.parse(turn.inbound.value));
  } catch {
    parsed = null;
  }
  const partner = parsed ? await turn.deps.ports.register.findPartner(parsed.p) : null;
  if (!parsed || !partner || partner.organisationId !== turn.actor.organisation.id) {
    return ephemeral(turn.t('bot.unknown_action'));
  }
  const replies = await logNow(turn, partner, parsed.n, suggest, askAfter);
  // Once answered, "Bedoel je …?" shows the outcome instead of live buttons (a second click cannot log twice).
  return parsed.r ? replies.map((r) => (r.type === 'ephemeral' ? { type: 'update_source' as const, message: r.message } : r)) : replies;
}
