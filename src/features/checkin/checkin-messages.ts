// The check-in's messages in neutral blocks: the root post in the team channel,
// the personal overview per member, the reminder. Kept within Block Kit limits:
// the partner list is capped and long names are shortened on buttons.
import type { Block, Button, Message } from '../../core/message.ts';
import { commitmentButtons } from '../commitments/commitment-buttons.ts';
import { goalBlocks } from '../plan/plan-blocks.ts';
import type { PlanGoal } from '../plan/plan-ports.ts';
import type { Language } from '../../core/i18n/translator.ts';
import type { AssignmentStatus } from '../../register/list-my-partners.ts';
import type { OpenCommitment } from './checkin-ports.ts';

export type Say = (key: string, values?: Record<string, string | number>) => string;

export const MAX_LISTED_PARTNERS = 12;
/** Each listed commitment takes two blocks (the item and its done / next week / drop buttons). */
const MAX_LISTED_COMMITMENTS = 6;

export function formButton(say: Say, roundId: string): Button {
  return { type: 'button', actionId: 'checkin.open_form', label: say('checkin.button_form'), value: roundId, style: 'primary' };
}

export function buildRootMessage(say: Say, week: number, roundId: string): Message {
  return {
    text: say('checkin.root_text', { week }),
    blocks: [
      { type: 'header', text: say('checkin.root_header', { week }) },
      { type: 'section', text: say('checkin.root_question') },
      { type: 'context', text: say('checkin.root_howto') },
      { type: 'actions', elements: [formButton(say, roundId)] },
    ],
  };
}

export interface PersonalOverview {
  name: string;
  week: number;
  roundId: string;
  partners: AssignmentStatus[];
  commitments: OpenCommitment[];
  partnerNames: Map<string, string>;
  /** Team name when the team has a channel with the thread. */
  threadTeam: string | null;
  /** This year's goals of the person (shown beside their partner); with progress buttons when askProgress. */
  goals?: PlanGoal[];
  askProgress?: boolean;
  language?: Language;
}

const MAX_GOAL_CHARS = 90;
/** Goals with progress buttons in one DM (two blocks each, within Block Kit's 50). */
const MAX_PROGRESS_GOALS = 4;

export function buildPersonalMessage(say: Say, o: PersonalOverview): Message {
  const blocks: Block[] = [
    { type: 'header', text: say('checkin.dm_header', { week: o.week }) },
    { type: 'section', text: say('checkin.dm_intro', { name: firstName(o.name), week: o.week }) },
  ];
  if (o.partners.length === 0) blocks.push({ type: 'context', text: say('checkin.dm_no_partners') });
  else {
    const goalOf = new Map((o.goals ?? []).filter((g) => g.partnerId && !g.achieved).map((g) => [g.partnerId!, g.result]));
    const shown = o.partners.slice(0, MAX_LISTED_PARTNERS).map((p) => {
      const item = say('checkin.dm_item', {
        partner: p.partnerName,
        level: say(`common.level.${p.level}`),
        since: p.daysSince === null ? say('common.never') : say('common.days_ago', { days: p.daysSince }),
      });
      const goal = goalOf.get(p.partnerId);
      return { text: goal ? `${item}\n${say('checkin.dm_goal', { goal: shorten(goal, MAX_GOAL_CHARS) })}` : item, status: p.status };
    });
    blocks.push({ type: 'list', items: shown });
    const more = o.partners.length - shown.length;
    if (more > 0) blocks.push({ type: 'context', text: say('checkin.dm_more', { count: more }) });
  }
  if (o.commitments.length > 0) {
    blocks.push({ type: 'section', text: say('checkin.dm_commitments') });
    for (const c of o.commitments.slice(0, MAX_LISTED_COMMITMENTS)) {
      const partner = c.partnerId ? o.partnerNames.get(c.partnerId) : undefined;
      blocks.push({ type: 'section', text: `• ${partner ? `${c.text} (${partner})` : c.text}` });
      blocks.push({ type: 'actions', elements: commitmentButtons(say, c.id) });
    }
    const more = o.commitments.length - MAX_LISTED_COMMITMENTS;
    if (more > 0) blocks.push({ type: 'context', text: say('checkin.dm_more_commitments', { count: more }) });
  }
  const open = (o.goals ?? []).filter((g) => !g.achieved);
  if (o.askProgress && open.length > 0) {
    blocks.push({ type: 'section', text: say('checkin.dm_progress') });
    for (const goal of open.slice(0, MAX_PROGRESS_GOALS)) blocks.push(...goalBlocks(say, goal, o.language ?? 'nl', true));
  }
  blocks.push({
    type: 'context',
    text: o.threadTeam ? say('checkin.dm_pointer_thread', { team: o.threadTeam }) : say('checkin.dm_pointer_form'),
  });
  blocks.push({ type: 'actions', elements: [formButton(say, o.roundId)] });
  return { text: say('checkin.dm_text', { name: firstName(o.name), week: o.week }), blocks };
}

export function buildReminderMessage(say: Say, r: { name: string; week: number; roundId: string; threadTeam: string | null }): Message {
  const text = r.threadTeam
    ? say('checkin.reminder_thread', { name: firstName(r.name), week: r.week, team: r.threadTeam })
    : say('checkin.reminder_form', { name: firstName(r.name), week: r.week });
  return { text, blocks: [{ type: 'section', text }, { type: 'actions', elements: [formButton(say, r.roundId)] }] };
}

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** Shortens text to fit a button label or an option (platform limits). */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
