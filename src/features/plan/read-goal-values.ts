// Checks a submitted goal form field by field (zod), so each problem shows next
// to its own input. The BSN guard already ran in the dispatcher.
import { z } from 'zod';
import { FIELD_MAX, RESULT_MAX, SUB_RESULTS_MAX } from './goal-form.ts';
import type { GoalInput } from './plan-ports.ts';

export type GoalRead = { ok: true; values: GoalInput; goalId: string | null } | { ok: false; errors: Record<string, string> };

const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? v[0] ?? '' : v ?? '').trim();
const optional = (max: number) => z.string().max(max).transform((s) => (s === '' ? null : s));

const ZGoalFields = z.object({
  partner: z.union([z.literal(''), z.uuid()]).transform((s) => (s === '' ? null : s)),
  result: z.string().min(3).max(RESULT_MAX),
  measure: optional(FIELD_MAX),
  target: optional(FIELD_MAX),
  due: z.union([z.literal(''), z.iso.date()]).transform((s) => (s === '' ? null : s)),
  sub: z.array(z.string().max(FIELD_MAX)).max(SUB_RESULTS_MAX),
});
const ZContext = z.object({ goalId: z.uuid().optional() });

const ERROR_KEY: Record<string, string> = {
  partner: 'plan.error_partner', result: 'plan.error_result', measure: 'plan.error_measure',
  target: 'plan.error_target', due: 'plan.error_due', sub: 'plan.error_sub',
};

export function readGoalValues(raw: Record<string, string | string[]>, context: string, t: (key: string) => string): GoalRead {
  const parsed = ZGoalFields.safeParse({
    partner: first(raw.partner),
    result: first(raw.result).replace(/\s+/g, ' '),
    measure: first(raw.measure),
    target: first(raw.target),
    due: first(raw.due),
    sub: first(raw.sub).split('\n').map((l) => l.replace(/^[-*•\s]+/, '').trim()).filter((l) => l !== ''),
  });
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
    return { ok: false, errors: Object.fromEntries(fields.map((f) => [f, t(ERROR_KEY[f] ?? 'plan.error_result')])) };
  }
  const ctx = ZContext.safeParse(safeJson(context));
  const { partner, result, measure, target, due, sub } = parsed.data;
  return {
    ok: true,
    goalId: ctx.success ? ctx.data.goalId ?? null : null,
    values: { partnerId: partner, result, measure, target, dueDate: due, subResults: sub },
  };
}

function safeJson(text: string): unknown {
  try {
    return text === '' ? {} : JSON.parse(text);
  } catch {
    return null;
  }
}
