// Every feature of the bot, each with its own store ports. The one list main,
// the adapters' tests and the benchmarks share.
import type { BotDeps, Feature } from '../bot/feature.ts';
import { createAgendaFeature } from '../features/agenda/agenda-feature.ts';
import { createCheckinFeature } from '../features/checkin/checkin-feature.ts';
import { createCommandsFeature } from '../features/commands/commands-feature.ts';
import { createContactLogFeature } from '../features/contact-log/contact-log-feature.ts';
import { createDashboardAccessFeature } from '../features/dashboard-access/dashboard-access-feature.ts';
import { createHomeFeature } from '../features/home/home-feature.ts';
import { createNudgeFeature } from '../features/nudge/nudge-feature.ts';
import { createSettingsFeature } from '../features/settings/settings-feature.ts';
import { createSuccessFeature } from '../features/success/success-feature.ts';
import { createAgendaStore } from '../store/agenda-store.ts';
import { createCheckinStore } from '../store/checkin-store.ts';
import { createDashboardSessionStore } from '../store/dashboard-session-store.ts';
import type { Database } from '../store/database.ts';
import { createHomeStore } from '../store/home-store.ts';
import { createNudgeStore } from '../store/nudge-store.ts';
import { createSettingsStore } from '../store/settings-store.ts';
import { createSuccessStore } from '../store/success-store.ts';

export interface FeatureOptions {
  onSettingsSaved?: () => void;
  /** Base URL of this server for dashboard links (default http://localhost:3000). */
  publicUrl?: string;
}

export function createFeatures(db: Database, deps: BotDeps, hooks: FeatureOptions = {}): Feature[] {
  const nudges = createNudgeStore(db.prisma);
  return [
    createCheckinFeature(createCheckinStore(db.prisma, deps.clock), deps),
    createAgendaFeature(createAgendaStore(db.prisma), deps),
    createNudgeFeature(nudges, deps),
    createContactLogFeature(nudges),
    createSuccessFeature(createSuccessStore(db.prisma, deps.clock), deps),
    createSettingsFeature(createSettingsStore(db.prisma), { onSettingsSaved: hooks.onSettingsSaved }),
    createHomeFeature(createHomeStore(db.prisma)),
    createDashboardAccessFeature(createDashboardSessionStore(db.prisma), { publicUrl: hooks.publicUrl ?? 'http://localhost:3000' }),
    createCommandsFeature(),
  ];
}
