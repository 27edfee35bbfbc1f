// Every string of one Inbound that a person could have typed or chosen: what the privacy
// guard checks. The whole parsed Inbound is walked, so a field added later is checked
// too; only references the platform itself wrote (ids of people, rooms, messages,
// threads, triggers) are left out: they are opaque and never typed.
import type { Inbound } from '../core/inbound.ts';

const PLATFORM_REFERENCES = new Set(['platformOrgId', 'platformUserId', 'ref', 'threadRef', 'messageRef', 'trigger', 'locale', 'timeZone']);

export interface FreeText {
  /** Dotted path in the Inbound, e.g. 'text', 'values.note', 'envelope.person.name'. */
  path: string;
  text: string;
}

export function freeTextOf(inbound: Inbound): FreeText[] {
  const found: FreeText[] = [];
  walk(inbound, '', found);
  return found;
}

function walk(value: unknown, path: string, found: FreeText[]): void {
  if (typeof value === 'string') found.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((item) => walk(item, path, found));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!PLATFORM_REFERENCES.has(key)) walk(item, path ? `${path}.${key}` : key, found);
    }
  }
}
