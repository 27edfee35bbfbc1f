// The one-tap question under a logged contact: a row of 1–5 per dimension. A tapped
// score is drawn as the primary button, so the redrawn message shows what was given.
import type { Block, Button } from '../../core/message.ts';
import { PULSE_DIMENSIONS, PULSE_SCORES, type PulseAnswer, type PulseDimension } from '../../domain/relationship-pulse.ts';

export const PULSE_ACTION = 'pulse.answer';

export interface PulseButtonValue { p: string; m: string; d: PulseDimension; s: number }

export function buildPulseQuestion(t: (key: string, values?: Record<string, string | number>) => string, partner: { id: string; name: string }, month: string, given: PulseAnswer): Block[] {
  const row = (dimension: PulseDimension): Block => ({
    type: 'actions',
    elements: PULSE_SCORES.map((score): Button => ({
      type: 'button',
      actionId: PULSE_ACTION,
      label: `${t(`pulse.short_${dimension}`)} ${score}`,
      value: JSON.stringify({ p: partner.id, m: month, d: dimension, s: score } satisfies PulseButtonValue),
      ...(given[dimension] === score ? { style: 'primary' as const } : {}),
    })),
  });
  const done = PULSE_DIMENSIONS.every((d) => given[d] !== null);
  return [
    { type: 'section', text: t('pulse.question', { partner: partner.name }) },
    { type: 'context', text: t('pulse.scale') },
    ...PULSE_DIMENSIONS.flatMap((d): Block[] => [{ type: 'context', text: t(`pulse.dimension_${d}`) }, row(d)]),
    { type: 'context', text: done ? t('pulse.thanks') : t('pulse.optional') },
  ];
}
