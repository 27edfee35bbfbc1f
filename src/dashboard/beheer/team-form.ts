// The team form's rules: name (admins), the two channels (a known channel chosen from
// the list, or an id typed in the free field, which wins), the weekly rhythm, the
// timezone and the language. Messages are codes for beheer-org.error_<code>.
import { z } from 'zod';
import type { Team } from '../../core/register.ts';
import type { FormValues } from './beheer-form.ts';
import { language, text, time, weekday, zone } from './beheer-input.ts';

const channelId = z.string('channel').trim().max(500, 'too_long').regex(/^[A-Za-z0-9:@._;=#/+-]*$/, 'channel');

const ZRhythm = {
  checkinWeekday: weekday, checkinTime: time, reminderTime: time,
  agendaWeekday: weekday, agendaTime: time, nudgeTime: time,
  nudgesEnabled: z.enum(['on', 'off'], 'onoff').transform((v) => v === 'on'),
  timezone: zone,
  language,
  channelRef: channelId.default(''),
  channelRefOther: channelId.default(''),
  celebrationChannelRef: channelId.default(''),
  celebrationChannelRefOther: channelId.default(''),
};

const toFields = <T extends { channelRef: string; channelRefOther: string; celebrationChannelRef: string; celebrationChannelRefOther: string }>(v: T) => {
  const { channelRefOther, celebrationChannelRefOther, ...rest } = v;
  return { ...rest, channelRef: channelRefOther || rest.channelRef || null, celebrationChannelRef: celebrationChannelRefOther || rest.celebrationChannelRef || null };
};

/** A lead's form: no name (renaming a team is the admin's). */
export const ZTeamSettingsForm = z.object(ZRhythm).transform(toFields);
export const ZTeamAdminForm = z.object({ name: text(200), ...ZRhythm }).transform(toFields);

export const TEAM_DEFAULTS: FormValues = {
  checkinWeekday: '1', checkinTime: '09:00', reminderTime: '15:00', agendaWeekday: '2', agendaTime: '09:30',
  nudgeTime: '10:00', nudgesEnabled: 'on', timezone: 'Europe/Amsterdam', language: 'nl',
};

export function teamValues(t: Team): FormValues {
  return {
    name: t.name, channelRef: t.channelRef ?? '', celebrationChannelRef: t.celebrationChannelRef ?? '',
    checkinWeekday: String(t.checkinWeekday), checkinTime: t.checkinTime, reminderTime: t.reminderTime,
    agendaWeekday: String(t.agendaWeekday), agendaTime: t.agendaTime, nudgeTime: t.nudgeTime,
    nudgesEnabled: t.nudgesEnabled ? 'on' : 'off', timezone: t.timezone, language: t.language,
  };
}
