// "Bedoel je Spaarne Gasthuis of Spaarne Ziekenhuis?": a "gedaan" item that fits
// several partners gets a button per partner; a click logs that contact with the
// item as its note (the log command's own pick action, commands.log_pick).
import type { Block } from '../../core/message.ts';
import type { Turn } from '../../bot/feature.ts';
import type { AmbiguousMention } from '../../domain/ambiguous-partner.ts';
import { shorten } from './checkin-messages.ts';

const MAX_NOTE = 1500;

export function askWhichPartner(turn: Turn<unknown>, item: string, mention: AmbiguousMention): Block[] {
  const names = new Intl.ListFormat(turn.actor.language, { type: 'disjunction' }).format(mention.partners.map((p) => p.name));
  return [
    { type: 'section', text: turn.t('checkin.ask_which', { written: mention.written, names }) },
    {
      type: 'actions',
      elements: mention.partners.map((p) => ({
        type: 'button' as const, actionId: 'commands.log_pick', label: shorten(p.name, 75), value: JSON.stringify({ p: p.id, n: item.slice(0, MAX_NOTE) }),
      })),
    },
  ];
}
