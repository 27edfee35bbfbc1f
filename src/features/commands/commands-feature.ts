// The everyday sub-commands: help, mijn partners, log, afwezig/terug, and the
// welcome for new members. Uses only the common ports every turn carries.
import type { Feature } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import type { AfterContactLogged, AskAfterContact } from '../contact-log/contact-log-ports.ts';
import { buildHelpCard } from './build-help-card.ts';
import { logByCommand, logPickedPartner } from './log-by-command.ts';
import { openContactLog } from './open-contact-log.ts';
import { clearAway, setAway, type AbsenceHooks } from './set-away.ts';
import { showMyPartners } from './show-my-partners.ts';
import { welcome } from './welcome.ts';

/**
 * `suggest`: what to add after a logged contact (e.g. "is dit die afspraak?");
 * `absence`: what starts and ends with afwezig/terug (the handover summary);
 * `askAfter`: a follow-up message after a logged contact (the relationship pulse).
 */
export function createCommandsFeature(suggest?: AfterContactLogged, absence?: AbsenceHooks, askAfter?: AskAfterContact): Feature {
  return {
    name: 'commands',
    commands: {
      help: async (turn) => ephemeral(buildHelpCard(turn)),
      partners: (turn) => showMyPartners(turn),
      log: (turn, args) => logByCommand(turn, args, suggest, askAfter),
      away: (turn, args) => setAway(turn, args, absence),
      back: (turn) => clearAway(turn, absence),
    },
    actions: {
      'commands.open_log': (turn) => openContactLog(turn, turn.inbound.trigger ?? 'action', turn.inbound.value || undefined),
      'commands.log_pick': (turn) => logPickedPartner(turn, suggest, askAfter),
    },
    onWelcome: (turn) => welcome(turn),
  };
}
