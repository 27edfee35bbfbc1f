// Ranks what the directory found for "wie kan ik bellen over …": colleagues by how
// well the topic fits them (expertise, profile, a partner they know) and how recent
// their contact is; contact persons at partners by how well they fit. Pure.
import type { Level } from '../core/register-types.ts';

export interface RankInput {
  now: Date;
  topic: { staffId: string; score: number; lastActiveAt: Date | null }[];
  partners: { id: string; name: string; score: number }[];
  ties: { partnerId: string; staffId: string; level: Level; owner: boolean; lastContactAt: Date | null }[];
  contactPersons: { id: string; score: number; level: Level }[];
}

export interface RankedTie { partnerId: string; partnerName: string; level: Level; owner: boolean; lastContactAt: Date | null }
export interface RankedColleague { staffId: string; score: number; byTopic: boolean; ties: RankedTie[] }
export interface RankedDirectory { colleagues: RankedColleague[]; contactPersonIds: string[] }

/** A contact this many days ago weighs half as much as one today. */
const RECENCY_HALF_LIFE_DAYS = 90;
/** Owning the relationship counts for more than having spoken someone once. */
const OWNER_BONUS = 0.15;
/** Partners that fit much worse than the best match are noise. */
const PARTNER_CUTOFF = 0.75;

export function recencyOf(at: Date | null, now: Date): number {
  if (!at) return 0;
  const days = Math.max(0, (now.getTime() - at.getTime()) / 86_400_000);
  return 0.5 ** (days / RECENCY_HALF_LIFE_DAYS);
}

export function rankDirectory(input: RankInput): RankedDirectory {
  const best = Math.max(0, ...input.partners.map((p) => p.score));
  const partners = new Map(input.partners.filter((p) => p.score >= best * PARTNER_CUTOFF).map((p) => [p.id, p]));
  const byStaff = new Map<string, RankedColleague>();
  const entry = (staffId: string) => {
    let e = byStaff.get(staffId);
    if (!e) byStaff.set(staffId, (e = { staffId, score: 0, byTopic: false, ties: [] }));
    return e;
  };
  for (const t of input.topic) {
    const e = entry(t.staffId);
    e.byTopic = true;
    e.score = Math.max(e.score, t.score * (0.8 + 0.2 * recencyOf(t.lastActiveAt, input.now)));
  }
  for (const tie of input.ties) {
    const partner = partners.get(tie.partnerId);
    if (!partner) continue;
    const e = entry(tie.staffId);
    e.ties.push({ partnerId: partner.id, partnerName: partner.name, level: tie.level, owner: tie.owner, lastContactAt: tie.lastContactAt });
    const weight = 0.5 + 0.5 * recencyOf(tie.lastContactAt, input.now) + (tie.owner ? OWNER_BONUS : 0);
    e.score = Math.max(e.score, partner.score * Math.min(1, weight));
  }
  for (const e of byStaff.values()) e.ties.sort((a, b) => (b.lastContactAt?.getTime() ?? 0) - (a.lastContactAt?.getTime() ?? 0) || Number(b.owner) - Number(a.owner));
  const colleagues = [...byStaff.values()].sort((a, b) => b.score - a.score || a.staffId.localeCompare(b.staffId));
  const seen = new Set<string>();
  const contactPersonIds = [...input.contactPersons]
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .filter((c) => !seen.has(c.id) && seen.add(c.id))
    .map((c) => c.id);
  return { colleagues, contactPersonIds };
}
