// Team settings for leads and admins: the overview card, one form per part,
// audited changes, and a callback after each save so the runtime can reload the jobs.
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import type { Feature, Turn } from '../../bot/feature.ts';
import { requireRole } from '../../bot/require-role.ts';
import { saveCategory } from './save-category.ts';
import { saveMembers } from './save-members.ts';
import { saveChannels, saveLanguage, saveSchedule } from './save-team-settings.ts';
import { buildCategoriesForm, buildChannelsForm, buildLanguageForm, buildMembersForm, buildOrganisationForm, buildScheduleForm } from './settings-forms.ts';
import { saveOrganisationSettings } from './save-organisation-settings.ts';
import type { SettingsPorts } from './settings-ports.ts';
import { showSettings } from './show-settings.ts';
import { knownChannels } from './known-channels.ts';
import { teamOfForm } from './team-of-form.ts';

export interface SettingsFeatureOptions {
  /** Called after every saved setting (schedule, channels, language, members, rubrieken, organisation); the runtime reloads the jobs. */
  onSettingsSaved?: () => void;
  /** Where an admin manages every team (the dashboard's beheer pages), named when `instellingen` needs a team name. */
  teamsUrl?: string;
}

export function createSettingsFeature(ports: SettingsPorts, options: SettingsFeatureOptions = {}): Feature {
  const changed = options.onSettingsSaved;
  const open = (build: (turn: Turn<InboundOf<'action'>>, teamId: string) => Promise<Reply[]>) =>
    async (turn: Turn<InboundOf<'action'>>) => build(turn, turn.inbound.value);
  return {
    name: 'settings',
    commands: { settings: (turn, args) => showSettings(turn, ports, args, options.teamsUrl ?? '/dashboard/beheer/teams') },
    actions: {
      'settings.open_schedule': open(async (turn, id) => [{ type: 'open_form', form: buildScheduleForm(turn.t, await teamOfForm(turn, ports, id)) }]),
      'settings.open_channels': open(async (turn, id) => {
        const room = turn.inbound.envelope.room;
        const here = room?.kind === 'channel' ? room.ref : undefined;
        const team = await teamOfForm(turn, ports, id);
        return [{ type: 'open_form', form: buildChannelsForm(turn.t, team, await knownChannels(turn, ports, here), here) }];
      }),
      'settings.open_language': open(async (turn, id) => [{ type: 'open_form', form: buildLanguageForm(turn.t, await teamOfForm(turn, ports, id)) }]),
      'settings.open_members': open(async (turn, id) => {
        const team = await teamOfForm(turn, ports, id);
        return [{ type: 'open_form', form: buildMembersForm(turn.t, team, await turn.deps.ports.staff.listTeamMembers(team.id)) }];
      }),
      'settings.open_categories': open(async (turn, id) => {
        requireRole(turn, 'admin');
        const team = await teamOfForm(turn, ports, id);
        return [{ type: 'open_form', form: buildCategoriesForm(turn.t, team, await turn.deps.ports.register.listCategories(turn.actor.organisation.id)) }];
      }),
      'settings.open_organisation': open(async (turn, id) => {
        requireRole(turn, 'admin');
        const team = await teamOfForm(turn, ports, id);
        return [{ type: 'open_form', form: buildOrganisationForm(turn.t, team, await ports.findOrganisationSettings(turn.actor.organisation.id)) }];
      }),
    },
    forms: {
      'settings.schedule': (turn) => saveSchedule(turn, ports, changed),
      'settings.channels': (turn) => saveChannels(turn, ports, changed),
      'settings.language': (turn) => saveLanguage(turn, ports, changed),
      'settings.members': (turn) => saveMembers(turn, ports, changed),
      'settings.categories': (turn) => saveCategory(turn, ports, changed),
      'settings.organisation': (turn) => saveOrganisationSettings(turn, ports, changed),
    },
  };
}
