// The check-in's messages in neutral blocks: the root post in the team channel,
// the personal overview per member, the reminder. Kept within Block Kit limits:
// the partner list is capped and long names are shortened on buttons.
import type { Block, Button, Message } from '../../core/message.ts';
import type { AssignmentStatus } from '../../register/list-my-partners.ts';
import type { OpenCommitment } from './checkin-ports.ts';

export type Say = (key: string, values?: Record<string, string | number>) => string;

export const MAX_LISTED_PARTNERS = 12;
const MAX_LISTED_COMMITMENTS = 8;

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
}

export function buildPersonalMessage(say: Say, o: PersonalOverview): Message {
  const blocks: Block[] = [
    { type: 'header', text: say('checkin.dm_header', { week: o.week }) },
    { type: 'section', text: say('checkin.dm_intro', { name: firstName(o.name), week: o.week }) },
  ];
  if (o.partners.length === 0) blocks.push({ type: 'context', text: say('checkin.dm_no_partners') });
  else {
    const shown = o.partners.slice(0, MAX_LISTED_PARTNERS).map((p) => ({
      text: say('checkin.dm_item', {
        partner: p.partnerName,
        level: say(`common.level.${p.level}`),
        since: p.daysSince === null ? say('common.never') : say('common.days_ago', { days: p.daysSince }),
      }),
      status: p.status,
    }));
    blocks.push({ type: 'list', items: shown });
    const more = o.partners.length - shown.length;
    if (more > 0) blocks.push({ type: 'context', text: say('checkin.dm_more', { count: more }) });
  }
  if (o.commitments.length > 0) {
    blocks.push({ type: 'section', text: say('checkin.dm_commitments') });
    blocks.push({
      type: 'list',
      items: o.commitments.slice(0, MAX_LISTED_COMMITMENTS).map((c) => {
        const partner = c.partnerId ? o.partnerNames.get(c.partnerId) : undefined;
        return { text: partner ? `${c.text} (${partner})` : c.text };
      }),
    });
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
