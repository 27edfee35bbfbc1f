// The everyday sub-commands: help, mijn partners, log, afwezig/terug, and the
// welcome for new members. Uses only the common ports every turn carries.
import type { Feature } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import { buildHelpCard } from './build-help-card.ts';
import { logByCommand, logPickedPartner } from './log-by-command.ts';
import { openContactLog } from './open-contact-log.ts';
import { clearAway, setAway } from './set-away.ts';
import { showMyPartners } from './show-my-partners.ts';
import { welcome } from './welcome.ts';

export function createCommandsFeature(): Feature {
  return {
    name: 'commands',
    commands: {
      help: async (turn) => ephemeral(buildHelpCard(turn)),
      partners: (turn) => showMyPartners(turn),
      log: (turn, args) => logByCommand(turn, args),
      away: (turn, args) => setAway(turn, args),
      back: (turn) => clearAway(turn),
    },
    actions: {
      'commands.open_log': (turn) => openContactLog(turn, turn.inbound.trigger ?? 'action', turn.inbound.value || undefined),
      'commands.log_pick': (turn) => logPickedPartner(turn),
    },
    onWelcome: (turn) => welcome(turn),
  };
}
