// An organisation (one per Slack workspace / Teams tenant / local) and the port the bot
// resolves it through. src/store/organisation-store.ts implements it.
export interface Organisation {
  id: string;
  name: string;
  platform: string;
  externalId: string;
  timezone: string;
  language: string;
}

export interface OrganisationStore {
  findByPlatform(platform: string, externalId: string): Promise<Organisation | null>;
  find(id: string): Promise<Organisation | null>;
  listAll(): Promise<Organisation[]>;
  /** Binds an organisation to a platform workspace/tenant (first install). */
  bindPlatform(id: string, platform: string, externalId: string): Promise<void>;
  listAdmins(organisationId: string): Promise<{ id: string; name: string }[]>;
}
