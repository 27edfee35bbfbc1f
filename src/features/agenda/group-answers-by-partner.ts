// Check-in answers regrouped per recognised partner, so the RRO can go through
// the partners one by one: who said what about it, done and planned.
import { matchPartners } from '../../domain/partner-match.ts';
import type { AgendaAnswer } from './agenda-ports.ts';

export interface PartnerLine {
  staffName: string;
  kind: 'done' | 'planned';
  text: string;
}

export interface PartnerGroup {
  /** null: answers in which no partner was recognised. */
  partnerName: string | null;
  lines: PartnerLine[];
}

const MAX_LINE = 200;

export function groupAnswersByPartner(answers: readonly AgendaAnswer[]): PartnerGroup[] {
  const groups = new Map<string | null, PartnerGroup>();
  const groupOf = (id: string | null, name: string | null) => {
    const group = groups.get(id) ?? { partnerName: name, lines: [] };
    groups.set(id, group);
    return group;
  };
  for (const answer of answers) {
    for (const kind of ['done', 'planned'] as const) {
      const lines = answer[kind].split(/\n+/).map((l) => l.trim()).filter(Boolean);
      const placed = new Set<string>();
      for (const partner of answer.partners) {
        for (const line of lines.filter((l) => matchPartners(l, [partner]).length > 0)) {
          groupOf(partner.id, partner.name).lines.push({ staffName: answer.staffName, kind, text: shorten(line) });
          placed.add(line);
        }
      }
      // A line naming no recognised partner still belongs to the meeting.
      for (const line of lines.filter((l) => !placed.has(l))) {
        const only = answer.partners.length === 1 ? answer.partners[0]! : null;
        groupOf(only?.id ?? null, only?.name ?? null).lines.push({ staffName: answer.staffName, kind, text: shorten(line) });
      }
    }
  }
  // Named partners by name, the unplaced rest last.
  return [...groups.values()].sort((a, b) =>
    a.partnerName === null ? 1 : b.partnerName === null ? -1 : a.partnerName.localeCompare(b.partnerName, 'nl'));
}

function shorten(text: string): string {
  return text.length > MAX_LINE ? `${text.slice(0, MAX_LINE - 1)}…` : text;
}
