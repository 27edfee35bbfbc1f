// The settings forms; each carries the team id as context.
import type { Form } from '../../core/form.ts';
import type { Category, Team, TeamMember } from '../../core/register.ts';
import { LEVELS } from '../../core/register-types.ts';
import type { Turn } from '../../bot/feature.ts';
import type { OrganisationSettings } from './settings-ports.ts';

type T = Turn['t'];
const weekdays = (t: T) => [1, 2, 3, 4, 5, 6, 7].map((n) => ({ label: t(`settings.weekday.${n}`), value: String(n) }));

export function buildScheduleForm(t: T, team: Team): Form {
  const time = (id: string, initial: string) => ({ id, type: 'text' as const, label: t(`settings.field_${id}`), required: true, initial, placeholder: '09:00', maxLength: 5 });
  return {
    formId: 'settings.schedule', title: t('settings.form_schedule'), submitLabel: t('settings.form_save'), context: team.id,
    inputs: [
      { id: 'checkinWeekday', type: 'select', label: t('settings.field_checkinWeekday'), required: true, options: weekdays(t), initial: String(team.checkinWeekday) },
      time('checkinTime', team.checkinTime),
      time('reminderTime', team.reminderTime),
      { id: 'agendaWeekday', type: 'select', label: t('settings.field_agendaWeekday'), required: true, options: weekdays(t), initial: String(team.agendaWeekday) },
      time('agendaTime', team.agendaTime),
      time('nudgeTime', team.nudgeTime),
      { id: 'nudgesEnabled', type: 'select', label: t('settings.field_nudgesEnabled'), required: true, initial: team.nudgesEnabled ? 'on' : 'off',
        options: [{ label: t('settings.on'), value: 'on' }, { label: t('settings.off'), value: 'off' }] },
    ],
  };
}

/** `hereRef`: the channel the lead is in; offered as the team channel when none is set yet. */
export function buildChannelsForm(t: T, team: Team, hereRef?: string): Form {
  return {
    formId: 'settings.channels', title: t('settings.form_channels'), submitLabel: t('settings.form_save'), context: team.id,
    inputs: [
      {
        id: 'channelRef', type: 'text', label: t('settings.label_channel'), required: false,
        initial: team.channelRef ?? hereRef ?? '', maxLength: 500, hint: t('settings.channel_hint'), channelChoice: true,
      },
      { id: 'celebrationChannelRef', type: 'text', label: t('settings.label_celebration'), required: false, initial: team.celebrationChannelRef ?? '', maxLength: 500, channelChoice: true },
    ],
  };
}

export function buildLanguageForm(t: T, team: Team): Form {
  return {
    formId: 'settings.language', title: t('settings.form_language'), submitLabel: t('settings.form_save'), context: team.id,
    inputs: [{ id: 'language', type: 'select', label: t('settings.label_language'), required: true, initial: team.language,
      options: [{ label: t('settings.language.nl'), value: 'nl' }, { label: t('settings.language.en'), value: 'en' }] }],
  };
}

export function buildMembersForm(t: T, team: Team, members: TeamMember[]): Form {
  const options = members.slice(0, 100).map((m) => ({ label: m.staff.name.slice(0, 75), value: m.staff.id }));
  return {
    formId: 'settings.members', title: t('settings.form_members'), submitLabel: t('settings.form_save'), context: team.id,
    inputs: [
      { id: 'addEmail', type: 'text', label: t('settings.field_addEmail'), required: false, placeholder: 'naam@organisatie.nl', maxLength: 200 },
      ...(options.length > 0 ? [
        { id: 'remove', type: 'multiselect' as const, label: t('settings.field_remove'), required: false, options },
        { id: 'makeLead', type: 'multiselect' as const, label: t('settings.field_makeLead'), required: false, options },
      ] : []),
    ],
  };
}

export function buildCategoriesForm(t: T, team: Team, categories: Category[]): Form {
  return {
    formId: 'settings.categories', title: t('settings.form_categories'), submitLabel: t('settings.form_save'), context: team.id,
    inputs: [
      { id: 'name', type: 'text', label: t('settings.field_category_name'), required: true, maxLength: 200,
        hint: t('settings.categories_hint', { names: categories.map((c) => `${c.name} (${c.idealIntervalDays}/${c.maxIntervalDays})`).join(', ').slice(0, 200) || '—' }) },
      { id: 'idealIntervalDays', type: 'text', label: t('settings.field_ideal'), required: true, placeholder: '30', maxLength: 4 },
      { id: 'maxIntervalDays', type: 'text', label: t('settings.field_max'), required: true, placeholder: '60', maxLength: 4 },
      { id: 'requiredLevels', type: 'multiselect', label: t('network.field_required_levels'), required: false, hint: t('network.field_required_levels_hint'),
        options: LEVELS.map((l) => ({ label: t(`common.level.${l}`), value: l })) },
    ],
  };
}

export function buildOrganisationForm(t: T, team: Team, current: OrganisationSettings): Form {
  return {
    formId: 'settings.organisation', title: t('settings.form_organisation'), submitLabel: t('settings.form_save'), context: team.id,
    inputs: [
      { id: 'neverContactedGraceDays', type: 'text', label: t('settings.field_grace_days'), required: true, initial: String(current.neverContactedGraceDays),
        placeholder: '14', maxLength: 3, hint: t('settings.grace_days_hint') },
      { id: 'managementCheckinCadence', type: 'select', label: t('settings.field_cadence'), required: true, initial: current.managementCheckinCadence,
        options: [{ label: t('settings.cadence.monthly'), value: 'monthly' }, { label: t('settings.cadence.quarterly'), value: 'quarterly' }] },
    ],
  };
}
