// Tells the partner's owners and their leads when its pulse dropped (findPulseDrops):
// one DM per person, dimension and month — the outbox key makes a later answer in
// the same month that confirms the drop change nothing.
import type { Platform } from '../../core/identity.ts';
import type { Organisation } from '../../core/organisation.ts';
import { pickLanguage } from '../../core/i18n/translator.ts';
import { findPulseDrops, previousMonth } from '../../domain/relationship-pulse.ts';
import type { BotDeps } from '../../bot/feature.ts';
import type { PulsePorts } from './pulse-ports.ts';

const oneDecimal = (n: number, lang: string) => n.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** True when messages were enqueued. */
export async function alertPulseDrop(deps: BotDeps, ports: PulsePorts, organisation: Organisation, partnerId: string, partnerName: string, month: string): Promise<boolean> {
  const [current, previous] = await Promise.all([ports.listAnswers(partnerId, month), ports.listAnswers(partnerId, previousMonth(month))]);
  const drops = findPulseDrops(current, previous);
  if (drops.length === 0) return false;
  const recipients = await ports.listOwnersAndLeads(partnerId);
  const items = recipients.flatMap((r) => drops.map((drop) => {
    const lang = pickLanguage(r.language, organisation.language);
    const t = (key: string, values?: Record<string, string | number>) => deps.t(lang, key, values);
    const text = t('pulse.drop_alert', { partner: partnerName, dimension: t(`pulse.name_${drop.dimension}`), from: oneDecimal(drop.from, lang), to: oneDecimal(drop.to, lang), month });
    return {
      key: `pulse-drop:${partnerId}:${month}:${drop.dimension}:${r.id}`,
      delivery: {
        type: 'post' as const,
        platform: organisation.platform as Platform,
        to: { kind: 'person' as const, staffId: r.id },
        message: { text, blocks: [{ type: 'section' as const, text }, { type: 'context' as const, text: t('pulse.drop_hint') }] },
      },
    };
  }));
  return (await deps.ports.outbox.enqueue(items)) > 0;
}
