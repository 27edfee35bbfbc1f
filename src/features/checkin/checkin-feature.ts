// The weekly check-in: opens a round per team, takes answers in the thread or by
// form, confirms contacts in one click, and reminds those who have not answered.
import { z } from 'zod';
import type { BotDeps, Feature } from '../../bot/feature.ts';
import type { AskAfterContact } from '../contact-log/contact-log-ports.ts';
import { answerInThread, editAnswerInThread } from './answer-in-thread.ts';
import { ANSWER_FORM_ID, openAnswerForm, submitAnswerForm } from './answer-by-form.ts';
import type { CheckinGoals, CheckinPorts } from './checkin-ports.ts';
import { buildCheckinJobs } from './checkin-schedule.ts';
import { confirmCheckinContact } from './confirm-checkin-contact.ts';
import { openCheckinRound } from './open-checkin-round.ts';
import { sendCheckinReminders } from './send-checkin-reminders.ts';
import { showTrialRound } from './trial-round.ts';

/**
 * Jobs need the bot's deps; the feature's turns carry them already. `goals`: the plan's goals beside each partner;
 * `askAfter`: a follow-up message after a confirmed contact (the relationship pulse).
 */
export function createCheckinFeature(ports: CheckinPorts, deps: BotDeps, goals?: CheckinGoals, askAfter?: AskAfterContact): Feature {
  return {
    name: 'checkin',
    commands: {
      answer: (turn) => openAnswerForm(ports, turn, null),
      trial: (turn) => showTrialRound(turn, ports, null),
    },
    actions: {
      'checkin.open_form': (turn) => openAnswerForm(ports, turn, turn.inbound.value || null),
      'checkin.confirm_contact': (turn) => confirmCheckinContact(ports, turn, askAfter),
      'checkin.trial': (turn) => showTrialRound(turn, ports, z.uuid().safeParse(turn.inbound.value).data ?? null),
    },
    forms: {
      [ANSWER_FORM_ID]: (turn) => submitAnswerForm(ports, turn),
    },
    async onThreadReply(turn) {
      const replies = await answerInThread(ports, turn);
      if (replies) turn.deps.notifyOutbox();
      return replies;
    },
    onMessageEdited: (turn) => editAnswerInThread(ports, turn),
    teamJobs: (team) =>
      buildCheckinJobs(team, {
        openRound: (t, periodKey) => openCheckinRound(deps, ports, t.id, periodKey, goals),
        sendReminders: (t, periodKey) => sendCheckinReminders(deps, ports, t.id, periodKey),
      }),
  };
}
