// Who the bot introduces this month: each newer colleague to one colleague outside
// their own team who knows a partner they work with (best: the same partner, a
// recent contact) or else shares a topic of expertise. Everyone takes part in at
// most one introduction per run, opted-out people never, and a pair introduced
// within the last year is never introduced again. Pure.
import type { Level } from '../core/register-types.ts';

export interface IntroductionPerson { staffId: string; name: string; expertise: string[] }
export interface Newcomer extends IntroductionPerson { partnerIds: string[] }
export interface Knower extends IntroductionPerson {
  /** Partners this colleague knows: an assignment or a recent contact, at a level. */
  knows: { partnerId: string; partnerName: string; level: Level; lastContactAt: Date | null }[];
}

export type IntroductionReason =
  | { kind: 'partner'; partnerId: string; partnerName: string; level: Level }
  | { kind: 'topic'; topic: string };
export interface IntroductionPair { newcomer: IntroductionPerson; knower: IntroductionPerson; reason: IntroductionReason }

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function pairIntroductions(newcomers: Newcomer[], knowers: Knower[], recentPairs: Set<string>): IntroductionPair[] {
  const taken = new Set<string>();
  const pairs: IntroductionPair[] = [];
  for (const n of newcomers) {
    if (taken.has(n.staffId)) continue;
    const best = bestKnower(n, knowers.filter((k) => k.staffId !== n.staffId && !taken.has(k.staffId) && !recentPairs.has(pairKey(n.staffId, k.staffId))));
    if (!best) continue;
    taken.add(n.staffId);
    taken.add(best.knower.staffId);
    pairs.push({ newcomer: person(n), knower: person(best.knower), reason: best.reason });
  }
  return pairs;
}

function bestKnower(n: Newcomer, candidates: Knower[]): { knower: Knower; reason: IntroductionReason } | null {
  const mine = new Set(n.partnerIds);
  let best: { knower: Knower; reason: IntroductionReason; rank: number } | null = null;
  for (const k of candidates) {
    for (const tie of k.knows) {
      if (!mine.has(tie.partnerId)) continue;
      // A partner tie beats any shared topic; among ties the most recent contact wins.
      const rank = 1 + (tie.lastContactAt?.getTime() ?? 0) / 1e15;
      if (!best || rank > best.rank) best = { knower: k, reason: { kind: 'partner', partnerId: tie.partnerId, partnerName: tie.partnerName, level: tie.level }, rank };
    }
    if (best && best.rank >= 1) continue;
    const topics = new Set(n.expertise.map((e) => e.toLowerCase()));
    const shared = k.expertise.find((e) => topics.has(e.toLowerCase()));
    if (shared && !best) best = { knower: k, reason: { kind: 'topic', topic: shared }, rank: 0 };
  }
  return best && { knower: best.knower, reason: best.reason };
}

function person(p: IntroductionPerson): IntroductionPerson {
  return { staffId: p.staffId, name: p.name, expertise: p.expertise };
}
