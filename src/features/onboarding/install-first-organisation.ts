// The one onboarding use-case, shared by every chat platform: the first contact from
// a workspace/tenant on an EMPTY database (Slack: the first app_home_opened, DM, slash
// command or channel join; Teams: the installationUpdate / conversationUpdate or the
// first message) creates the organisation, binds it to that workspace, makes the person
// its functional beheerder and answers with the welcome. Any later unknown workspace
// gets null here and the dispatcher's polite refusal: only an empty database binds.
import type { Inbound } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import { pickLanguage } from '../../core/i18n/translator.ts';
import type { BotDeps } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import type { OnboardingPorts } from './onboarding-ports.ts';
import { buildWelcomeMessage } from './welcome-message.ts';

const DEFAULT_TIMEZONE = 'Europe/Amsterdam';

export async function installFirstOrganisation(deps: BotDeps, ports: OnboardingPorts, inbound: Inbound): Promise<Reply[] | null> {
  const { envelope } = inbound;
  // Only a person's own act installs: not a thread reply, an edit or a reaction somewhere.
  if (envelope.platform === 'local' || envelope.platformOrgId === '') return null;
  if (!['command', 'direct_message', 'home_opened', 'app_installed'].includes(inbound.type)) return null;
  // Cheap refusal first: a known database never reaches the locked transaction.
  if ((await deps.ports.organisations.listAll()).length > 0) return null;
  const language = pickLanguage(envelope.person.locale?.slice(0, 2));
  const say = (key: string, values?: Record<string, string | number>) => deps.t(language, key, values);
  const name = envelope.person.name?.trim() || envelope.person.platformUserId;
  const result = await ports.installFirstOrganisation({
    platform: envelope.platform,
    platformOrgId: envelope.platformOrgId,
    organisationName: say('onboarding.organisation_name'),
    teamName: say('onboarding.team_name'),
    timezone: validTimeZone(envelope.person.timeZone),
    language,
    installer: { platformUserId: envelope.person.platformUserId, name: name.slice(0, 200), email: envelope.person.email ?? null },
  });
  if (result.kind === 'taken') return null;
  deps.log.info({ organisationId: result.organisationId, platform: envelope.platform }, 'eerste installatie: organisatie aangemaakt en gekoppeld');
  const welcome = buildWelcomeMessage(say, name.split(' ')[0] ?? name, result.teamId);
  // In the App Home the welcome is the home view too, so it is there when they come back.
  return inbound.type === 'home_opened' ? [{ type: 'home', message: welcome }, ...ephemeral(welcome)] : ephemeral(welcome);
}

function validTimeZone(zone: string | undefined): string {
  if (!zone) return DEFAULT_TIMEZONE;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return DEFAULT_TIMEZONE;
  }
}
