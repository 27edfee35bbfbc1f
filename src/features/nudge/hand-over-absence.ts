// Back from an absence: one short DM to the owner with what the covers did with
// their partners meanwhile. Sent once per absence (awaySince is cleared with it);
// nothing is sent when nothing happened.
import type { BotDeps } from '../../bot/feature.ts';
import type { Message } from '../../core/message.ts';
import { pickLanguage, type TranslateFn } from '../../core/i18n/translator.ts';
import type { AbsenceEvents, HandoverPorts, ReturnedOwner } from './handover-ports.ts';
import { findOrganisationPlatform } from './organisation-platform.ts';

/** At most this many partner lines; the rest is counted. */
const MAX_LINES = 8;

export async function handOverAbsences(deps: BotDeps, ports: HandoverPorts, where: { teamId: string } | { staffId: string }, localDate: string, teamLanguage = 'nl'): Promise<number> {
  let sent = 0;
  for (const owner of await ports.listReturned(where, localDate)) {
    const events = await ports.listAbsenceEvents(owner.staffId, owner.awaySince);
    const language = pickLanguage(owner.language, teamLanguage);
    const t: TranslateFn = (key, values) => deps.t(language, key, values);
    const message = buildHandoverMessage(t, owner, events);
    const outbox = message === null ? [] : [{
      key: `handover:${owner.staffId}:${owner.awaySince}`,
      delivery: { type: 'post' as const, platform: await findOrganisationPlatform(deps, owner.organisationId), to: { kind: 'person' as const, staffId: owner.staffId }, message },
    }];
    if (await ports.completeHandover(owner.staffId, owner.awaySince, outbox)) sent += outbox.length;
  }
  if (sent > 0) deps.notifyOutbox();
  return sent;
}

export function buildHandoverMessage(t: TranslateFn, owner: ReturnedOwner, events: AbsenceEvents): Message | null {
  const lines = new Map<string, string[]>();
  const add = (partner: string, text: string) => lines.set(partner, [...(lines.get(partner) ?? []), text]);
  const byPartner = new Map<string, string[]>();
  for (const c of events.contacts) byPartner.set(c.partnerName, [...(byPartner.get(c.partnerName) ?? []), c.byName]);
  for (const [partner, names] of byPartner) add(partner, t('nudge.handover_contacts', { count: names.length, names: [...new Set(names)].join(', ') }));
  for (const n of events.nudges) add(n.partnerName, t('nudge.handover_nudge', { name: n.coverName, outcome: n.outcome ?? 'open' }));
  if (lines.size === 0) return null;
  const partners = [...lines.keys()].sort((a, b) => a.localeCompare(b, 'nl'));
  const shown = partners.slice(0, MAX_LINES).map((p) => `• *${p}*: ${[...new Set(lines.get(p))].join('; ')}`);
  const more = partners.length - shown.length;
  const name = owner.staffName.split(' ')[0] ?? owner.staffName;
  return {
    text: t('nudge.handover_text', { count: partners.length }),
    blocks: [
      { type: 'section', text: t('nudge.handover_intro', { name }) },
      { type: 'section', text: shown.join('\n') },
      ...(more > 0 ? [{ type: 'context' as const, text: t('nudge.more', { count: more }) }] : []),
    ],
  };
}
