// Collaborations (samenwerkingen) and their quick scan of the seven slaagfactoren:
// `samenwerking [nieuw|naam]`, `quickscan <naam>`, the answer form, and a daily job
// that opens scheduled rounds, reminds once and closes them.
import type { BotDeps, Feature } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import type { ScanDeps } from './answer-quick-scan.ts';
import { openQuickScanForm, submitQuickScan } from './answer-quick-scan.ts';
import { COLLABORATION_FORM_ID } from './collaboration-form.ts';
import { buildQuickScanJob, runQuickScanDay } from './quick-scan-job.ts';
import { QUICK_SCAN_FORM_ID } from './quick-scan-form.ts';
import { requestQuickScan, startQuickScanByButton } from './request-quick-scan.ts';
import { saveCollaborationForm } from './save-collaboration.ts';
import { EDIT_ACTION, NEW_ACTION, openCollaborationForm, SCAN_ACTION, showCollaborations } from './show-collaborations.ts';
import { OPEN_SCAN_ACTION } from './start-quick-scan.ts';

export function createCollaborationFeature(d: ScanDeps, bot: BotDeps): Feature {
  const show = (turn: Parameters<typeof showCollaborations>[0], args: string) => showCollaborations(turn, d, args);
  const scan = (turn: Parameters<typeof requestQuickScan>[0], args: string) => requestQuickScan(turn, d, args);
  return {
    name: 'collaboration',
    commands: { samenwerking: show, samenwerkingen: show, collaboration: show, collaborations: show, quickscan: scan, 'quick-scan': scan },
    actions: {
      [NEW_ACTION]: (turn) => openCollaborationForm(turn, d, null),
      [EDIT_ACTION]: async (turn) => {
        const c = await d.collaborations.findCollaboration(turn.actor.organisation.id, turn.inbound.value);
        return c ? openCollaborationForm(turn, d, c) : ephemeral(turn.t('collaboration.error_not_found'));
      },
      [SCAN_ACTION]: (turn) => startQuickScanByButton(turn, d),
      [OPEN_SCAN_ACTION]: (turn) => openQuickScanForm(turn, d),
    },
    forms: {
      [COLLABORATION_FORM_ID]: (turn) => saveCollaborationForm(turn, d),
      [QUICK_SCAN_FORM_ID]: (turn) => submitQuickScan(turn, d),
    },
    teamJobs: (team) => [buildQuickScanJob(team, (organisationId, localDate, at) => runQuickScanDay(bot, d, organisationId, localDate, at, team.timezone))],
  };
}
