// Submits of the schedule, channels and language forms.
import { z } from 'zod';
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import type { Turn } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import { TIME_OF_DAY } from '../../domain/time-of-day.ts';
import type { TeamFields } from '../../register/register-ports.ts';
import type { SettingsPorts } from './settings-ports.ts';
import { auditOf, fieldErrors, teamOfForm } from './team-of-form.ts';

const time = z.string('time').trim().regex(TIME_OF_DAY, 'time').transform((s) => s.padStart(5, '0'));
const weekday = z.coerce.number('weekday').int('weekday').min(1, 'weekday').max(7, 'weekday');
const ZSchedule = z.object({
  checkinWeekday: weekday, checkinTime: time, reminderTime: time, agendaWeekday: weekday, agendaTime: time, nudgeTime: time,
  nudgesEnabled: z.enum(['on', 'off'], 'onoff').transform((v) => v === 'on'),
});
const channel = z.string().trim().max(500, 'too_long').default('').transform((s) => (s === '' ? null : s));
const ZChannels = z.object({ channelRef: channel, celebrationChannelRef: channel });
const ZLanguage = z.object({ language: z.enum(['nl', 'en'], 'language') });

type FormTurn = Turn<InboundOf<'form_submitted'>>;

async function save(turn: FormTurn, ports: SettingsPorts, schema: z.ZodType<Partial<TeamFields>>, action: string, onChanged?: () => void): Promise<Reply[]> {
  const team = await teamOfForm(turn, ports, turn.inbound.context);
  const parsed = schema.safeParse(turn.inbound.values);
  if (!parsed.success) return [{ type: 'form_errors', errors: fieldErrors(turn, parsed.error.issues) }];
  await ports.changeTeam(team.id, parsed.data, auditOf(turn, action, parsed.data));
  onChanged?.();
  return ephemeral(turn.t('settings.saved', { team: team.name }));
}

export const saveSchedule = (turn: FormTurn, ports: SettingsPorts, onChanged?: () => void) => save(turn, ports, ZSchedule, 'team.schedule_changed', onChanged);
export const saveChannels = (turn: FormTurn, ports: SettingsPorts, onChanged?: () => void) => save(turn, ports, ZChannels, 'team.channels_changed', onChanged);
export const saveLanguage = (turn: FormTurn, ports: SettingsPorts, onChanged?: () => void) => save(turn, ports, ZLanguage, 'team.language_changed', onChanged);
