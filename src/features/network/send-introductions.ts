// Sends a team's monthly introductions: pairs newer colleagues with colleagues
// outside the team who know their partners or topics (src/domain/pair-introductions.ts)
// and sends each of the two a DM that introduces the other, with an opt-out button.
import type { Message } from '../../core/message.ts';
import { personMention } from '../../core/mention.ts';
import { pairIntroductions, type IntroductionPair, type IntroductionPerson } from '../../domain/pair-introductions.ts';
import { pickLanguage } from '../../core/i18n/translator.ts';
import type { BotDeps } from '../../bot/feature.ts';
import { findOrganisationPlatform } from '../nudge/organisation-platform.ts';
import type { IntroductionStore } from './introduction-ports.ts';
import type { ColleagueCard, NetworkStore } from './network-ports.ts';

export const INTRO_OPT_OUT_ACTION = 'network.intro_opt_out';
const DAY = 86_400_000;
/** A colleague counts as newer for half a year. */
const NEWCOMER_DAYS = 183;
const TIES_DAYS = 365;
const SAME_PAIR_DAYS = 365;

export async function sendIntroductions(deps: BotDeps, stores: { introductions: IntroductionStore; network: NetworkStore }, teamId: string, monthKey: string, at: Date): Promise<void> {
  const team = await deps.ports.staff.findTeam(teamId);
  if (!team || !(await stores.introductions.isTeamIntroducing(teamId))) return;
  const found = await stores.introductions.loadCandidates(teamId, new Date(at.getTime() - NEWCOMER_DAYS * DAY), new Date(at.getTime() - TIES_DAYS * DAY), new Date(at.getTime() - SAME_PAIR_DAYS * DAY));
  const pairs = pairIntroductions(found.newcomers, found.knowers, found.recentPairs);
  if (pairs.length === 0) return;
  const platform = await findOrganisationPlatform(deps, team.organisationId);
  const people = new Map((await stores.network.describeColleagues(pairs.flatMap((p) => [p.newcomer.staffId, p.knower.staffId]), platform)).map((c) => [c.staffId, c]));
  const staff = new Map((await Promise.all([...people.keys()].map((id) => deps.ports.staff.findStaff(id)))).flatMap((s) => (s ? [[s.id, s] as const] : [])));
  const entries = pairs.flatMap((pair) => [
    [pair.newcomer, pair.knower, 'newcomer'] as const, [pair.knower, pair.newcomer, 'knower'] as const,
  ].map(([to, other, role]) => {
    const language = pickLanguage(staff.get(to.staffId)?.language, team.language);
    const t = (key: string, values?: Record<string, string | number>) => deps.t(language, key, values);
    return {
      key: `introduction:${monthKey}:${to.staffId}:${other.staffId}`,
      delivery: { type: 'post' as const, platform, to: { kind: 'person' as const, staffId: to.staffId }, message: introductionMessage(t, pair, role, mention(people.get(other.staffId), other)) },
    };
  }));
  // Recorded before sending: a crash in between loses this month's DMs rather than repeating a pair.
  await stores.introductions.recordIntroductions(team.organisationId, pairs, at);
  if ((await deps.ports.outbox.enqueue(entries)) > 0) deps.notifyOutbox();
}

function mention(card: ColleagueCard | undefined, person: IntroductionPerson): string {
  return card?.platformUserId ? personMention(card.platformUserId, person.name) : `*${person.name}*`;
}

type T = (key: string, values?: Record<string, string | number>) => string;

export function introductionMessage(t: T, pair: IntroductionPair, role: 'newcomer' | 'knower', other: string): Message {
  const r = pair.reason;
  const why = r.kind === 'partner'
    ? t(`network.intro_partner_${role}`, { other, partner: r.partnerName, level: t(`common.level.${r.level}`) })
    : t(`network.intro_topic_${role}`, { other, topic: r.topic });
  const title = t('network.intro_title', { name: role === 'newcomer' ? pair.knower.name : pair.newcomer.name });
  return {
    text: title,
    blocks: [
      { type: 'header', text: title },
      { type: 'section', text: why },
      { type: 'context', text: t('network.intro_footer') },
      { type: 'actions', elements: [{ type: 'button', actionId: INTRO_OPT_OUT_ACTION, label: t('network.intro_opt_out'), value: '' }] },
    ],
  };
}

