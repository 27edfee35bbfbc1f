// The chat side of the dashboard: the `dashboard` command sends a magic link.
import type { Feature } from '../../bot/feature.ts';
import type { DashboardAccessPorts } from './dashboard-access-ports.ts';
import { sendDashboardLink } from './send-dashboard-link.ts';

export interface DashboardAccessOptions {
  /** Where people reach this server, e.g. https://rro.example.nl (no trailing path). */
  publicUrl: string;
}

export function createDashboardAccessFeature(ports: DashboardAccessPorts, options: DashboardAccessOptions): Feature {
  return {
    name: 'dashboard-access',
    commands: {
      dashboard: (turn) => sendDashboardLink(turn, ports, options.publicUrl),
    },
  };
}
