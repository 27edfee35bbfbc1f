// A tap on 1–5: stores the score on this month's asked row, redraws the question
// with the choice marked, and checks whether the partner's pulse dropped.
import { z } from 'zod';
import { DomainError } from '../../core/domain-error.ts';
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import { PULSE_DIMENSIONS } from '../../domain/relationship-pulse.ts';
import type { Turn } from '../../bot/feature.ts';
import { alertPulseDrop } from './alert-pulse-drop.ts';
import type { PulsePorts } from './pulse-ports.ts';
import { buildPulseQuestion } from './pulse-question.ts';

const ZPulseValue = z.string().max(300).transform((s, ctx) => {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'geen JSON' });
    return z.NEVER;
  }
}).pipe(z.object({ p: z.uuid(), m: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), d: z.enum(PULSE_DIMENSIONS), s: z.number().int().min(1).max(5) }));

export async function recordPulse(turn: Turn<InboundOf<'action'>>, ports: PulsePorts): Promise<Reply[]> {
  const parsed = ZPulseValue.safeParse(turn.inbound.value);
  const unknown = () => new DomainError('pulse_unknown', 'Deze vraag hoort niet bij jou of is verlopen.', { promptKey: 'pulse.unknown' });
  if (!parsed.success) throw unknown();
  const { p: partnerId, m: month, d: dimension, s: score } = parsed.data;
  const { actor, deps } = turn;
  const key = { organisationId: actor.organisation.id, partnerId, staffId: actor.staff.id, month };
  const given = await ports.saveScore(key, dimension, score, deps.clock.now());
  if (!given) throw unknown();
  const partner = await deps.ports.register.findPartner(partnerId);
  if (await alertPulseDrop(deps, ports, actor.organisation, partnerId, partner?.name ?? '—', month)) deps.notifyOutbox();
  return [{ type: 'update_source', message: { text: turn.t('pulse.question', { partner: partner?.name ?? '—' }), blocks: buildPulseQuestion(turn.t, { id: partnerId, name: partner?.name ?? '—' }, month, given) } }];
}
