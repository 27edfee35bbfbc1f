// The welcome after the first install: three next steps as buttons (import wizard,
// team channel, schedule) and a proefronde to see what the team will get.
import type { Message } from '../../core/message.ts';
import type { Say } from '../checkin/checkin-messages.ts';

export const OPEN_IMPORT_ACTION = 'onboarding.open_import';

export function buildWelcomeMessage(say: Say, name: string, teamId: string): Message {
  const button = (actionId: string, key: string, style?: 'primary') =>
    ({ type: 'button' as const, actionId, label: say(`onboarding.button_${key}`), value: teamId, ...(style ? { style } : {}) });
  return {
    text: say('onboarding.welcome_text', { name }),
    blocks: [
      { type: 'header', text: say('onboarding.welcome_header') },
      { type: 'section', text: say('onboarding.welcome_intro', { name }) },
      { type: 'section', text: say('onboarding.step_import') },
      { type: 'section', text: say('onboarding.step_channel') },
      { type: 'section', text: say('onboarding.step_schedule') },
      {
        type: 'actions',
        elements: [
          button(OPEN_IMPORT_ACTION, 'import', 'primary'),
          button('settings.open_channels', 'channel'),
          button('settings.open_schedule', 'schedule'),
          button('checkin.trial', 'trial'),
        ],
      },
      { type: 'context', text: say('onboarding.welcome_context') },
    ],
  };
}
