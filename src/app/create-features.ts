// Every feature of the bot, each with its own store ports. The one list main,
// the adapters' tests and the benchmarks share.
import type { BotDeps, Feature } from '../bot/feature.ts';
import { createCommitmentsFeature } from '../features/commitments/commitments-feature.ts';
import { suggestCommitment } from '../features/commitments/suggest-commitment.ts';
import { createManagementFeature } from '../features/management/management-feature.ts';
import { createPlanFeature } from '../features/plan/plan-feature.ts';
import { createPrivacyFeature } from '../privacy/privacy-feature.ts';
import { createAgendaFeature } from '../features/agenda/agenda-feature.ts';
import { createCheckinFeature } from '../features/checkin/checkin-feature.ts';
import { createCommandsFeature } from '../features/commands/commands-feature.ts';
import { createContactLogFeature } from '../features/contact-log/contact-log-feature.ts';
import { createDashboardAccessFeature } from '../features/dashboard-access/dashboard-access-feature.ts';
import { createHomeFeature } from '../features/home/home-feature.ts';
import { createNudgeFeature } from '../features/nudge/nudge-feature.ts';
import { handOverAbsences } from '../features/nudge/hand-over-absence.ts';
import { createSettingsFeature } from '../features/settings/settings-feature.ts';
import { createSuccessFeature } from '../features/success/success-feature.ts';
import { createNetworkFeature } from '../features/network/network-feature.ts';
import { createCoverageHistoryFeature } from '../features/coverage-history/coverage-history-feature.ts';
import { recordFinishedWeeks } from '../store/coverage-week-store.ts';
import { createCollaborationFeature } from '../features/collaboration/collaboration-feature.ts';
import { createCollaborationStore } from '../store/collaboration-store.ts';
import { createQuickScanStore } from '../store/quick-scan-store.ts';
import { createOnboardingFeature } from '../features/onboarding/onboarding-feature.ts';
import { createOnboardingStore } from '../store/onboarding-store.ts';
import { createDigestFeature } from '../features/digest/digest-feature.ts';
import { askPulse } from '../features/pulse/ask-pulse.ts';
import { createPulseFeature } from '../features/pulse/pulse-feature.ts';
import { createAgendaStore } from '../store/agenda-store.ts';
import { createBriefingStore } from '../store/briefing-query.ts';
import { createCheckinStore } from '../store/checkin-store.ts';
import { createCommitmentStore } from '../store/commitment-store.ts';
import { createDashboardSessionStore } from '../store/dashboard-session-store.ts';
import type { Database } from '../store/database.ts';
import { createHomeStore } from '../store/home-store.ts';
import { createIntroductionStore } from '../store/introduction-store.ts';
import { createManagementStore } from '../store/management-store.ts';
import { createNetworkStore } from '../store/network-store.ts';
import { createNudgeStore } from '../store/nudge-store.ts';
import { createHandoverStore } from '../store/handover-store.ts';
import { createPlanStore } from '../store/plan-store.ts';
import { createDigestStore } from '../store/digest-store.ts';
import { createPulseStore } from '../store/pulse-store.ts';
import { createRetentionStore } from '../store/retention-store.ts';
import { createSettingsStore } from '../store/settings-store.ts';
import { createSuccessStore } from '../store/success-store.ts';

export interface FeatureOptions {
  onSettingsSaved?: () => void;
  /** Base URL of this server for dashboard links (default http://localhost:3000). */
  publicUrl?: string;
  /** Send the monthly digest by e-mail as well (SMTP configured). */
  digestMail?: boolean;
}

export function createFeatures(db: Database, deps: BotDeps, hooks: FeatureOptions = {}): Feature[] {
  const nudges = createNudgeStore(db.prisma);
  const network = createNetworkStore(db, () => deps.clock.now());
  const commitments = createCommitmentStore(db.prisma);
  const plans = createPlanStore(db.prisma);
  const handover = createHandoverStore(db.prisma);
  const scan = { collaborations: createCollaborationStore(db.prisma), scans: createQuickScanStore(db.prisma) };
  const links = createDashboardSessionStore(db.prisma);
  const publicUrl = hooks.publicUrl ?? 'http://localhost:3000';
  const isThisIt = (turn: Parameters<typeof suggestCommitment>[0], partnerId: string) => suggestCommitment(turn, commitments, partnerId);
  const pulses = createPulseStore(db.prisma);
  const askAfter = (turn: Parameters<typeof askPulse>[0], partnerId: string) => askPulse(turn, pulses, partnerId);
  return [
    createCheckinFeature(createCheckinStore(db.prisma, deps.clock), deps, plans, askAfter),
    createAgendaFeature({ ...createAgendaStore(db.prisma), listCoverageGaps: network.listCoverageGaps, listClosedScans: scan.scans.listClosedForTeam }, deps),
    createNudgeFeature(nudges, deps, handover),
    createContactLogFeature(nudges, isThisIt, askAfter),
    createPulseFeature(pulses),
    createSuccessFeature(createSuccessStore(db.prisma, deps.clock)),
    createDigestFeature(createDigestStore(db.prisma), deps, { publicUrl, mail: hooks.digestMail ?? false }),
    createSettingsFeature(createSettingsStore(db.prisma), { onSettingsSaved: hooks.onSettingsSaved, teamsUrl: `${publicUrl}/dashboard/beheer/teams` }),
    createHomeFeature(createHomeStore(db.prisma)),
    createDashboardAccessFeature(links, { publicUrl }),
    createOnboardingFeature(createOnboardingStore(db.prisma), { links, publicUrl, onInstalled: hooks.onSettingsSaved }),
    createPlanFeature(plans, deps),
    createCommitmentsFeature(commitments),
    createManagementFeature(createManagementStore(db.prisma), plans, nudges, deps),
    createCommandsFeature(isThisIt, {
      started: (staffId, localDate) => handover.markAwaySince(staffId, localDate),
      ended: async (staffId, localDate) => { await handOverAbsences(deps, handover, { staffId }, localDate); },
    }, askAfter),
    createPrivacyFeature(createRetentionStore(db.prisma), deps),
    createCollaborationFeature(scan, deps),
    createNetworkFeature(network, createBriefingStore(db.prisma), createIntroductionStore(db.prisma), deps, { planGoalsOf: (partnerId, year) => plans.listGoalsWithPartner(partnerId, year) }),
    createCoverageHistoryFeature({ recordFinishedWeeks: (organisationId, timeZone, weeks) => recordFinishedWeeks(db.session, organisationId, timeZone, weeks) }),
  ];
}
