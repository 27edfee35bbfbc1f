// Finds which partner "log <partner> [notitie]" is about: partner recognition
// (typo-tolerant) first, then a name prefix. When a name fits several partners,
// my own relationship wins; otherwise the person has to choose.
import type { Partner } from '../../core/register.ts';
import { buildPartnerIndex, matchPartnersWithIndex } from '../../domain/partner-match.ts';

export type Recognised =
  | { kind: 'one'; partner: Partner; note: string }
  | { kind: 'several'; partners: Partner[]; note: string }
  | { kind: 'none' };

export function recognisePartner(text: string, partners: Partner[], myPartnerIds: Set<string>): Recognised {
  const byId = new Map(partners.map((p) => [p.id, p]));
  const matches = matchPartnersWithIndex(text, buildPartnerIndex(partners));
  const first = matches[0];
  let candidates: Partner[];
  let note = '';
  if (first) {
    candidates = matches.filter((m) => m.matched === first.matched).map((m) => byId.get(m.partnerId)!);
    const at = text.indexOf(first.matched);
    note = (text.slice(0, at) + text.slice(at + first.matched.length)).replace(/^[\s:,;–-]+/, '').trim();
  } else {
    const prefix = text.trim().toLowerCase();
    candidates = partners.filter((p) => [p.name, ...p.aliases].some((n) => n.toLowerCase().startsWith(prefix)));
  }
  if (candidates.length === 0) return { kind: 'none' };
  const mine = candidates.filter((p) => myPartnerIds.has(p.id));
  if (candidates.length === 1) return { kind: 'one', partner: candidates[0]!, note };
  if (mine.length === 1) return { kind: 'one', partner: mine[0]!, note };
  return { kind: 'several', partners: candidates, note };
}
