// A channel input (type 'channel') becomes a choice of the team's
// channels, read from the connector when the form is sent, so a lead picks a channel
// instead of typing a 19:…@thread id. The team is the one the action came from or,
// from a 1:1 chat, the team whose General channel is the current value (a team's id
// is its General channel's id). Without a list it keeps the channels the core knows.
import type { Form } from '../../src/core/form.ts';
import type { TeamChannel } from './teams-connector.ts';

/** Teams' General channel has no name in the API; the client shows it under this name. */
const GENERAL = 'Algemeen / General';
const CHANNEL_ID = /^19:[^\s]+@thread\.(tacv2|skype)$/;

export async function offerTeamChannels(
  form: Form,
  teamIds: (string | undefined)[],
  listChannels: (teamId: string) => Promise<TeamChannel[]>,
  log: { warn(obj: object, msg: string): void },
): Promise<Form> {
  const wanted = form.inputs.filter((i) => i.type === 'channel');
  if (wanted.length === 0) return form;
  const candidates = [...new Set([...teamIds, ...wanted.map((i) => (typeof i.initial === 'string' ? i.initial : undefined))].filter((id): id is string => !!id && CHANNEL_ID.test(id)))];
  let channels: TeamChannel[] = [];
  for (const teamId of candidates) {
    try {
      channels = await listChannels(teamId);
      if (channels.length > 0) break;
    } catch (err) {
      log.warn({ err, teamId }, 'kanalen van het team niet op te halen; het formulier houdt de bekende kanalen');
    }
  }
  if (channels.length === 0) return form;
  const options = channels.slice(0, 99).map((c) => ({ label: (c.name ?? GENERAL).slice(0, 75), value: c.id }));
  return {
    ...form,
    inputs: form.inputs.map((input) => {
      if (input.type !== 'channel') return input;
      const current = typeof input.initial === 'string' ? input.initial : '';
      // A channel set before (elsewhere) stays choosable under its id.
      const extra = current && !options.some((o) => o.value === current) ? [{ label: current.slice(0, 75), value: current }] : [];
      return { ...input, options: [...options, ...extra] };
    }),
  };
}
