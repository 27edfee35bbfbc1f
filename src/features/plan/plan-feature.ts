// The compact yearly plan: "plan" shows this year's goals and opens a form per
// partner; the result-or-effort check advises on submit; one-tap progress per
// goal, a note, and a reached goal shared as a success.
import type { BotDeps, Feature } from '../../bot/feature.ts';
import { askForPlans, buildPlanAskJob, snoozePlanAsk } from './ask-for-plans.ts';
import { GOAL_FORM_ID } from './goal-form.ts';
import { editGoal, openProgressNote, PROGRESS_NOTE_FORM_ID, recordGoalProgress, saveProgressNote, shareGoalAsSuccess } from './goal-progress.ts';
import type { PlanPorts } from './plan-ports.ts';
import { saveGoal } from './save-goal.ts';
import { openGoalForm, showPlan } from './show-plan.ts';

/** Takes the bot deps for its daily job (asking for plans), which runs outside any turn. */
export function createPlanFeature(ports: PlanPorts, deps: BotDeps): Feature {
  return {
    name: 'plan',
    commands: { plan: (turn, args) => showPlan(turn, ports, args) },
    actions: {
      'plan.add_goal': (turn) => openGoalForm(turn, { partnerId: turn.inbound.value || null }),
      'plan.edit_goal': (turn) => editGoal(turn, ports),
      'plan.progress': (turn) => recordGoalProgress(turn, ports),
      'plan.progress_note': (turn) => openProgressNote(turn, ports),
      'plan.share_success': (turn) => shareGoalAsSuccess(turn, ports),
      'plan.ask_snooze': (turn) => snoozePlanAsk(turn, ports),
    },
    teamJobs: (team) => [buildPlanAskJob(team, (teamId, at) => askForPlans(deps, ports, teamId, at))],
    forms: {
      [GOAL_FORM_ID]: (turn) => saveGoal(turn, ports),
      [PROGRESS_NOTE_FORM_ID]: (turn) => saveProgressNote(turn, ports),
    },
  };
}
