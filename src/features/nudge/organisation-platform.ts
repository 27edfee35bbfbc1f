// The chat platform an organisation is bound to: where its scheduled DMs go.
import { ZPlatform, type Platform } from '../../core/identity.ts';
import type { BotDeps } from '../../bot/feature.ts';

export async function findOrganisationPlatform(deps: BotDeps, organisationId: string): Promise<Platform> {
  const organisation = await deps.ports.organisations.find(organisationId);
  return platformOf(organisation?.platform);
}

export function platformOf(value: string | undefined): Platform {
  const parsed = ZPlatform.safeParse(value);
  return parsed.success ? parsed.data : 'local';
}
