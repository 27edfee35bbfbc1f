// Onboarding on install: the first contact on an empty database sets up the
// organisation (install-first-organisation.ts); the welcome's import button sends
// a login link to the import wizard. The channel and schedule buttons are the
// settings feature's own actions; the proefronde is the check-in feature's.
import type { Feature } from '../../bot/feature.ts';
import type { DashboardAccessPorts } from '../dashboard-access/dashboard-access-ports.ts';
import { installFirstOrganisation } from './install-first-organisation.ts';
import type { OnboardingPorts } from './onboarding-ports.ts';
import { openImportWizard } from './open-import-wizard.ts';
import { OPEN_IMPORT_ACTION } from './welcome-message.ts';

export interface OnboardingOptions {
  links: DashboardAccessPorts;
  /** Where people reach this server, e.g. https://rro.example.nl. */
  publicUrl: string;
  /** Called after an install created a team, so the runtime loads its jobs. */
  onInstalled?: () => void;
}

export function createOnboardingFeature(ports: OnboardingPorts, options: OnboardingOptions): Feature {
  return {
    name: 'onboarding',
    async onUnknownOrganisation(deps, inbound) {
      const replies = await installFirstOrganisation(deps, ports, inbound);
      if (replies) options.onInstalled?.();
      return replies;
    },
    actions: {
      [OPEN_IMPORT_ACTION]: (turn) => openImportWizard(turn, options.links, options.publicUrl),
    },
  };
}
