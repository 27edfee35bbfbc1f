// The first install on an empty database sets the organisation up: the installing
// workspace/tenant becomes the organisation and the person who installed it its
// functional admin, who is welcomed with the next steps. Once an organisation
// exists this does nothing, so a later unknown workspace gets the polite refusal.
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import { pickLanguage } from '../../core/i18n/translator.ts';
import type { BotDeps } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import type { OnboardingStore } from './onboarding-ports.ts';

export async function claimFirstOrganisation(inbound: InboundOf<'app_installed'>, deps: BotDeps, store: OnboardingStore): Promise<Reply[] | null> {
  const { envelope } = inbound;
  if (envelope.platform === 'local') return null;
  const language = pickLanguage(envelope.person.locale);
  const t = (key: string, values?: Record<string, string>) => deps.t(language, key, values);
  const name = envelope.person.name?.trim() || t('install.admin_fallback_name');
  const claimed = await store.claimFirstOrganisation({
    platform: envelope.platform,
    platformOrgId: envelope.platformOrgId,
    organisationName: t('install.organisation_name'),
    language,
    admin: { name, platformUserId: envelope.person.platformUserId, ...(envelope.person.email ? { email: envelope.person.email } : {}) },
  });
  if (!claimed) return null;
  deps.log.info({ organisationId: claimed.organisationId, platform: envelope.platform }, 'organisatie ingericht bij de eerste installatie');
  return ephemeral(t('install.claimed_title', { name }), [
    { type: 'header', text: t('install.claimed_title', { name }) },
    { type: 'section', text: t('install.claimed_body') },
    { type: 'list', items: [{ text: t('install.step_dashboard') }, { text: t('install.step_settings') }, { text: t('install.step_invite') }] },
    { type: 'context', text: t('commands.welcome_help') },
  ]);
}
