// "Importwizard openen": a single-use login link (like `dashboard`) that lands on the
// import wizard. Only a functioneel beheerder imports the register.
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import type { Turn } from '../../bot/feature.ts';
import { requireRole } from '../../bot/require-role.ts';
import type { DashboardAccessPorts } from '../dashboard-access/dashboard-access-ports.ts';
import { sendDashboardLink } from '../dashboard-access/send-dashboard-link.ts';

export const IMPORT_WIZARD_PATH = '/dashboard/beheer/import';

export async function openImportWizard(turn: Turn<InboundOf<'action'>>, links: DashboardAccessPorts, publicUrl: string): Promise<Reply[]> {
  requireRole(turn, 'admin');
  return sendDashboardLink(turn, links, publicUrl, IMPORT_WIZARD_PATH);
}
