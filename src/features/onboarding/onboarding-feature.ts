// Onboarding: what happens when the app is installed before any organisation exists.
import type { BotDeps, Feature } from '../../bot/feature.ts';
import { claimFirstOrganisation } from './claim-first-organisation.ts';
import type { OnboardingStore } from './onboarding-ports.ts';

export function createOnboardingFeature(store: OnboardingStore, deps: BotDeps): Feature {
  return {
    name: 'onboarding',
    onInstallWithoutOrganisation: (inbound) => claimFirstOrganisation(inbound, deps, store),
  };
}
