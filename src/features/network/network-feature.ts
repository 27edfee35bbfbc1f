// Network knowledge: who to call about a topic or partner (`wie …`), the partner
// briefing (`partner …`), profiles (`mijn profiel`), and coverage per level for
// the lead's agenda (coverage-blocks.ts), and monthly introductions (opt-in per team).
import type { BotDeps, Feature } from '../../bot/feature.ts';
import type { IntroductionStore } from './introduction-ports.ts';
import { buildIntroductionJob } from './introduction-job.ts';
import { INTRO_OPT_OUT_ACTION, sendIntroductions } from './send-introductions.ts';
import { optOut, setIntroductions } from './set-introductions.ts';
import type { BriefingStore, PlanGoalsOfPartner } from './briefing-ports.ts';
import { openProfile, submitProfile } from './edit-profile.ts';
import type { NetworkStore } from './network-ports.ts';
import { PROFILE_FORM_ID } from './profile-form.ts';
import { showDirectory } from './show-directory.ts';
import { PARTNER_PICK_ACTION, pickPartner, showPartnerBriefing } from './show-partner-briefing.ts';

export interface NetworkFeatureOptions {
  /** Hook for the yearly-plan feature: the partner's plan goals in the briefing. */
  planGoalsOf?: PlanGoalsOfPartner;
}

export function createNetworkFeature(network: NetworkStore, briefings: BriefingStore, introductions: IntroductionStore, bot: BotDeps, options: NetworkFeatureOptions = {}): Feature {
  const deps = { network, briefings, planGoalsOf: options.planGoalsOf };
  return {
    name: 'network',
    commands: {
      who: (turn, args) => showDirectory(turn, network, args),
      partner: (turn, args) => showPartnerBriefing(turn, deps, args),
      profile: (turn, args) => openProfile(turn, network, args),
      introductions: (turn, args) => setIntroductions(turn, introductions, args),
    },
    actions: {
      [PARTNER_PICK_ACTION]: (turn) => pickPartner(turn, deps),
      [INTRO_OPT_OUT_ACTION]: (turn) => optOut(turn, introductions),
    },
    teamJobs: (team) => [buildIntroductionJob(team, (teamId, monthKey, at) => sendIntroductions(bot, { introductions, network }, teamId, monthKey, at))],
    forms: { [PROFILE_FORM_ID]: (turn) => submitProfile(turn, network) },
  };
}
