// The partner briefing as a neutral card: owners and last contact per level (a
// needed level without owner is flagged), contact persons, open commitments, plan
// goals (when the plan feature provides them) and recent successes.
import type { Block, Message } from '../../core/message.ts';
import { LEVELS } from '../../core/register-types.ts';
import type { BriefingPlanGoal, PartnerBriefingData } from './briefing-ports.ts';
import { nameOf, reachLine, whenText } from './directory-card.ts';

type T = (key: string, values?: Record<string, string | number>) => string;

export interface BriefingView {
  data: PartnerBriefingData;
  /** False: contact persons' e-mail and phone are withheld (role rule). */
  contactDetailsVisible: boolean;
  planGoals: BriefingPlanGoal[] | null;
  now: Date;
}

export function buildBriefingCard(t: T, view: BriefingView): Message {
  const { data, now } = view;
  const facts = [data.categoryName ?? t('network.briefing_no_category'), data.sector, data.region].filter(Boolean).join(' · ');
  const blocks: Block[] = [{ type: 'header', text: data.name }, { type: 'context', text: facts }];
  blocks.push({ type: 'section', text: t('network.briefing_levels') });
  blocks.push({ type: 'list', items: LEVELS.map((level) => ({ text: levelLine(t, view, level) })) });
  section(blocks, t('network.briefing_contact_persons'), data.contactPersons.map((c) => {
    const head = t('network.contact_person', { name: c.name, title: c.jobTitle ? ` (${c.jobTitle})` : '', partner: data.name, level: t(`common.level.${c.level}`) });
    const reach = view.contactDetailsVisible ? reachLine(t, c.email, c.phone) : '';
    return [head, c.expertise.length > 0 ? t('network.expertise', { tags: c.expertise.join(', ') }) : '', reach].filter(Boolean).join('\n');
  }), t('network.briefing_none'));
  if (!view.contactDetailsVisible && data.contactPersons.length > 0) blocks.push({ type: 'context', text: t('network.contact_details_via_colleague', { partner: data.name }) });
  section(blocks, t('network.briefing_commitments'), data.openCommitments.map((c) =>
    c.dueDate ? t('network.briefing_commitment_due', { text: c.text, who: c.staffName, due: c.dueDate }) : t('network.briefing_commitment', { text: c.text, who: c.staffName })), t('network.briefing_none'));
  if (view.planGoals) {
    section(blocks, t('network.briefing_plan_goals'), view.planGoals.map((g) =>
      t('network.briefing_plan_goal', { result: g.result, who: g.staffName, achieved: String(g.achieved) })), t('network.briefing_none'));
  }
  section(blocks, t('network.briefing_successes'), data.recentSuccesses.map((s) =>
    t('network.briefing_success', { title: s.title, who: s.authorName, when: whenText(t, s.createdAt, now) })), t('network.briefing_none'));
  blocks.push({ type: 'actions', elements: [{ type: 'button', actionId: 'commands.open_log', label: t('commands.log_button'), value: data.id, style: 'primary' }] });
  return { text: t('network.briefing_title', { partner: data.name }), blocks };
}

function levelLine(t: T, view: BriefingView, level: (typeof LEVELS)[number]): string {
  const owners = view.data.owners.filter((o) => o.level === level);
  const last = view.data.lastContacts.find((c) => c.level === level);
  const needed = view.data.requiredLevels.includes(level);
  const who = owners.length > 0 ? owners.map((o) => nameOf(o)).join(', ') : t(needed ? 'network.briefing_gap' : 'network.briefing_nobody');
  const when = last ? t('network.briefing_last_contact', { when: whenText(t, last.at, view.now), who: last.byName ?? '—' }) : t('common.never');
  return t('network.briefing_level', { level: t(`common.level.${level}`), owners: who, last: when });
}

function section(blocks: Block[], title: string, items: string[], empty: string): void {
  blocks.push({ type: 'section', text: title });
  blocks.push(items.length > 0 ? { type: 'list', items: items.map((text) => ({ text })) } : { type: 'context', text: empty });
}
