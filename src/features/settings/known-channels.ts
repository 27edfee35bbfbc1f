// The channels the core knows of, for the channel pickers where the platform has
// none of its own (the playground, Teams): every team's channel and celebration
// channel, and the channel the lead is in. Labelled by team, each listed once.
import type { Turn } from '../../bot/feature.ts';
import type { KnownChannel } from './settings-forms.ts';
import type { SettingsPorts } from './settings-ports.ts';

export async function knownChannels(turn: Turn, ports: SettingsPorts, hereRef?: string): Promise<KnownChannel[]> {
  const found = new Map<string, string>();
  if (hereRef) found.set(hereRef, turn.t('settings.channel_here'));
  for (const team of await ports.listTeams(turn.actor.organisation.id)) {
    if (team.channelRef && !found.has(team.channelRef)) found.set(team.channelRef, turn.t('settings.channel_of_team', { team: team.name }));
    if (team.celebrationChannelRef && !found.has(team.celebrationChannelRef)) {
      found.set(team.celebrationChannelRef, turn.t('settings.channel_celebration_of_team', { team: team.name }));
    }
  }
  return [...found].map(([ref, label]) => ({ ref, label }));
}
