// The quick-scan form: one select per statement (1–5 or "weet ik niet") and an
// optional remark. Statements and their texts come from prompts/<lang>/quickscan.json.
import { z } from 'zod';
import type { Form, FormInput } from '../../core/form.ts';
import { SCAN_STATEMENTS, type ScanScores } from '../../domain/quick-scan-results.ts';

export const QUICK_SCAN_FORM_ID = 'quickscan.answer';
export const REMARK_MAX = 500;
const UNKNOWN = 'x';

type T = (key: string, values?: Record<string, string | number>) => string;

/** Form input ids cannot hold dots everywhere; "resultaten.1" becomes "resultaten_1". */
const inputIdOf = (key: string) => key.replace('.', '_');

export function buildQuickScanForm(t: T, roundId: string, name: string, previous: ScanScores | null): Form {
  const options = [1, 2, 3, 4, 5].map((n) => ({ label: t(`quickscan.option_${n}`), value: String(n) }))
    .concat({ label: t('quickscan.option_unknown'), value: UNKNOWN });
  const inputs: FormInput[] = SCAN_STATEMENTS.map((s, i) => {
    const before = previous?.[s.key];
    return {
      id: inputIdOf(s.key), type: 'select' as const, required: true, options,
      label: `${t(`quickscan.factor.${s.key.split('.')[0]}`)}: ${t(`quickscan.statement.${s.key}`)}`.slice(0, 150),
      ...(i === 0 ? { hint: t('quickscan.form_intro').slice(0, 300) } : {}),
      ...(before !== undefined ? { initial: before === null ? UNKNOWN : String(before) } : {}),
    };
  });
  inputs.push({ id: 'remark', type: 'textarea', label: t('quickscan.form_remark'), required: false, maxLength: REMARK_MAX, hint: t('quickscan.form_remark_hint') });
  return { formId: QUICK_SCAN_FORM_ID, title: t('quickscan.form_title'), submitLabel: t('quickscan.form_submit'), inputs, context: JSON.stringify({ roundId, name: name.slice(0, 200) }) };
}

const ZScore = z.enum(['1', '2', '3', '4', '5', UNKNOWN]);
const ZContext = z.object({ roundId: z.uuid(), name: z.string().max(200) });

export type ScanRead =
  | { ok: true; roundId: string; name: string; scores: ScanScores; remark: string | null }
  | { ok: false; errors: Record<string, string> };

export function readQuickScanValues(values: Record<string, string | string[]>, context: string, t: T): ScanRead {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] ?? '' : v ?? '').trim();
  const errors: Record<string, string> = {};
  const scores: ScanScores = {};
  for (const s of SCAN_STATEMENTS) {
    const parsed = ZScore.safeParse(first(values[inputIdOf(s.key)]));
    if (!parsed.success) errors[inputIdOf(s.key)] = t('quickscan.error_score');
    else scores[s.key] = parsed.data === UNKNOWN ? null : Number(parsed.data);
  }
  const remark = first(values.remark).replace(/\s+/g, ' ');
  if (remark.length > REMARK_MAX) errors.remark = t('quickscan.error_remark');
  const ctx = ZContext.safeParse(parseJson(context));
  if (!ctx.success) errors.remark = t('quickscan.round_closed');
  if (Object.keys(errors).length > 0 || !ctx.success) return { ok: false, errors };
  return { ok: true, roundId: ctx.data.roundId, name: ctx.data.name, scores, remark: remark === '' ? null : remark };
}

function parseJson(text: string): unknown {
  try { return JSON.parse(text); } catch { return null; }
}
