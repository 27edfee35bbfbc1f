// Near-duplicate names: "St. Antonius Ziekenhuis" and "Sint Antonius ziekenhuis", or
// "Zorggroep Noord" and "Zorgroep Noord" in the same town, are probably one partner.
// Only a warning: two real organisations may have nearly the same name.
import { distance } from 'fastest-levenshtein';
import { toCompareKey } from '../domain/compare-key.ts';

/** Words that do not tell two organisations apart. */
const FILLER = new Set(['stichting', 'st', 'sint', 'bv', 'nv', 'de', 'het', 'van', 'en', 'vereniging', 'locatie']);

/** Lower case, no accents, no punctuation, no filler words. */
export function normaliseName(name: string): string {
  return toCompareKey(name)
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !FILLER.has(w))
    .join(' ');
}

export interface NameCandidate {
  name: string;
  region?: string | null;
}

/** The candidate that looks like the same thing under another spelling, if any. */
export function findNearDuplicate<C extends NameCandidate>(name: string, region: string | null | undefined, candidates: C[]): C | undefined {
  const key = toCompareKey(name);
  const normal = normaliseName(name);
  const town = region ? toCompareKey(region) : '';
  return candidates.find((c) => {
    if (toCompareKey(c.name) === key) return false; // the same name is a match, not a near-duplicate
    const other = normaliseName(c.name);
    if (other === normal) return true;
    const otherTown = c.region ? toCompareKey(c.region) : '';
    if (town && otherTown && town !== otherTown) return false;
    const allowed = Math.max(normal.length, other.length) >= 12 ? 2 : 1;
    return distance(normal, other) <= allowed;
  });
}
