// The daily nudge DM: the person's lapsed partners with their status colour and
// per partner the four ways to answer. Capped to stay well inside Block Kit's 50 blocks.
import type { Block, Message } from '../../core/message.ts';
import type { LapseStatus, Level } from '../../core/register-types.ts';
import type { TranslateFn } from '../../core/i18n/translator.ts';

export const MAX_NUDGES_PER_DM = 8;

export interface NudgeItem {
  nudgeId: string;
  partnerName: string;
  status: LapseStatus;
  daysSince: number;
  maxIntervalDays: number;
  level: Level;
  /** Never contacted at this level (grey). */
  never?: boolean;
  /** The away owner this nudge covers for. */
  coverFor?: string | undefined;
}

export function buildNudgeMessage(t: TranslateFn, name: string, items: NudgeItem[], more: number): Message {
  const blocks: Block[] = [{ type: 'section', text: t('nudge.intro', { name, count: items.length }) }];
  for (const item of items) {
    blocks.push({
      type: 'list',
      items: [{
        status: item.status,
        text: (item.never
          ? t('nudge.item_never', { partner: item.partnerName, level: t(`common.level.${item.level}`) })
          : t('nudge.item', { partner: item.partnerName, days: item.daysSince, max: item.maxIntervalDays, level: t(`common.level.${item.level}`) }))
          + (item.coverFor ? ` ${t('nudge.cover_for', { name: item.coverFor })}` : ''),
      }],
    });
    blocks.push({ type: 'actions', elements: actionsFor(t, item.nudgeId) });
  }
  if (more > 0) blocks.push({ type: 'context', text: t('nudge.more', { count: more }) });
  return { text: t('nudge.dm_text', { count: items.length }), blocks };
}

function actionsFor(t: TranslateFn, nudgeId: string): Extract<Block, { type: 'actions' }>['elements'] {
  return [
    { type: 'button', actionId: 'nudge.logged', label: t('nudge.button_logged'), value: nudgeId, style: 'primary' },
    { type: 'button', actionId: 'nudge.planned', label: t('nudge.button_planned'), value: nudgeId },
    {
      // A select carries no value of its own on every platform, so the option values hold the nudge id.
      type: 'select', actionId: 'nudge.snooze', placeholder: t('nudge.snooze_placeholder'), multi: false,
      options: [
        { label: t('nudge.snooze_1w'), value: `${nudgeId}:7` },
        { label: t('nudge.snooze_2w'), value: `${nudgeId}:14` },
      ],
    },
    { type: 'button', actionId: 'nudge.not_mine', label: t('nudge.button_not_mine'), value: nudgeId },
  ];
}
