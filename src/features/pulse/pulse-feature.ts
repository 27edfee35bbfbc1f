// The relationship pulse: the one-tap answer to "Hoe staat de relatie ervoor?".
// The question itself is added after a logged contact by askPulse (wired in src/app).
import type { Feature } from '../../bot/feature.ts';
import { PULSE_ACTION } from './pulse-question.ts';
import type { PulsePorts } from './pulse-ports.ts';
import { recordPulse } from './record-pulse.ts';

export function createPulseFeature(ports: PulsePorts): Feature {
  return {
    name: 'pulse',
    actions: { [PULSE_ACTION]: (turn) => recordPulse(turn, ports) },
  };
}
