// Checks a submitted collaboration (chat form or dashboard form) field by field with
// zod, so each problem shows next to its own input. The BSN guard runs before.
import { z } from 'zod';
import { SCAN_INTERVALS, STAGES, type CollaborationInput } from './collaboration-ports.ts';

export const NAME_MAX = 120;
export const GOAL_MAX = 300;

export type CollaborationRead = { ok: true; values: CollaborationInput } | { ok: false; errors: Record<string, string> };

const optionalUuid = z.union([z.literal(''), z.uuid()]).transform((s) => (s === '' ? null : s));
const ZFields = z.object({
  name: z.string().min(2).max(NAME_MAX),
  owner: optionalUuid,
  goal: z.string().max(GOAL_MAX).transform((s) => (s === '' ? null : s)),
  start: z.union([z.literal(''), z.iso.date()]).transform((s) => (s === '' ? null : s)),
  stage: z.enum(STAGES),
  interval: z.coerce.number().int().refine((n) => (SCAN_INTERVALS as readonly number[]).includes(n)),
  partners: z.array(z.uuid()).max(50),
  participants: z.array(z.uuid()).max(50),
});

export function readCollaborationValues(raw: Record<string, string | string[] | undefined>, t: (key: string) => string): CollaborationRead {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] ?? '' : v ?? '').trim();
  const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []).map((s) => s.trim()).filter((s) => s !== '');
  const parsed = ZFields.safeParse({
    name: one(raw.name).replace(/\s+/g, ' '), owner: one(raw.owner), goal: one(raw.goal).replace(/\s+/g, ' '),
    start: one(raw.start), stage: one(raw.stage) || 'verkennen', interval: one(raw.interval) || '3',
    partners: many(raw.partners), participants: many(raw.participants),
  });
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
    return { ok: false, errors: Object.fromEntries(fields.map((f) => [f, t(`collaboration.error_${f}`)])) };
  }
  const v = parsed.data;
  return {
    ok: true,
    values: { name: v.name, ownerId: v.owner, resultGoal: v.goal, startDate: v.start, stage: v.stage, scanIntervalMonths: v.interval, partnerIds: [...new Set(v.partners)], participantIds: [...new Set(v.participants)] },
  };
}
