// Network knowledge: who to call about a topic or partner (`wie …`), the partner
// briefing (`partner …`), profiles (`mijn profiel`), and coverage per level for
// the lead's agenda (see coverage-section.ts).
import type { Feature } from '../../services/bot/feature.ts';
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

export function createNetworkFeature(network: NetworkStore, briefings: BriefingStore, options: NetworkFeatureOptions = {}): Feature {
  const deps = { network, briefings, planGoalsOf: options.planGoalsOf };
  return {
    name: 'network',
    commands: {
      who: (turn, args) => showDirectory(turn, network, args),
      partner: (turn, args) => showPartnerBriefing(turn, deps, args),
      profile: (turn, args) => openProfile(turn, network, args),
    },
    actions: { [PARTNER_PICK_ACTION]: (turn) => pickPartner(turn, deps) },
    forms: { [PROFILE_FORM_ID]: (turn) => submitProfile(turn, network) },
  };
}
