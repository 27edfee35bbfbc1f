// `partner <naam>`: finds the partner accent- and typo-tolerantly; when several fit
// about equally it asks back ("Bedoel je X of Y?") with a button per partner.
import { z } from 'zod';
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import type { Turn } from '../../bot/feature.ts';
import { buildBriefingCard } from './briefing-card.ts';
import type { BriefingStore, PlanGoalsOfPartner } from './briefing-ports.ts';
import type { MatchedPartner, NetworkStore } from './network-ports.ts';
import { viewerOf } from './show-directory.ts';

export const PARTNER_PICK_ACTION = 'network.partner_pick';
const ZPartnerName = z.string().trim().min(2).max(200);
/** Candidates this close to the best are "about equally good". */
const AMBIGUOUS_MARGIN = 0.1;
const MAX_CHOICES = 5;
const SUCCESS_WINDOW_DAYS = 365;

export interface BriefingDeps { network: NetworkStore; briefings: BriefingStore; planGoalsOf?: PlanGoalsOfPartner | undefined }

export async function showPartnerBriefing(turn: Turn<InboundOf<'command'>>, deps: BriefingDeps, args: string): Promise<Reply[]> {
  const parsed = ZPartnerName.safeParse(args);
  if (!parsed.success) return [note(turn.t('network.partner_usage'))];
  const found = choosePartner(parsed.data, await deps.network.matchPartners(turn.actor.organisation.id, parsed.data, MAX_CHOICES));
  if (found.length === 0) return [note(turn.t('network.partner_not_found', { text: parsed.data }))];
  if (found.length > 1) return [askWhich(turn, found)];
  return briefingReplies(turn, deps, found[0]!.id);
}

/** One partner when the text names it (folded) or it clearly fits best; else the close candidates. */
export function choosePartner(text: string, matches: MatchedPartner[]): MatchedPartner[] {
  const exact = matches.filter((m) => fold(m.name) === fold(text));
  if (exact.length === 1) return exact;
  const best = matches[0]?.score ?? 0;
  // Equal scores in name order: the database returns ties in whatever order its pages hold them.
  return matches.filter((m) => m.score >= best - AMBIGUOUS_MARGIN).sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'nl'));
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export async function pickPartner(turn: Turn<InboundOf<'action'>>, deps: BriefingDeps): Promise<Reply[]> {
  const id = z.uuid().safeParse(turn.inbound.value);
  const partner = id.success ? await turn.deps.ports.register.findPartner(id.data) : null;
  if (!partner || partner.organisationId !== turn.actor.organisation.id) return [note(turn.t('bot.unknown_action'))];
  return briefingReplies(turn, deps, partner.id);
}

async function briefingReplies(turn: Turn<InboundOf<'command' | 'action'>>, deps: BriefingDeps, partnerId: string): Promise<Reply[]> {
  const now = turn.deps.clock.now();
  const since = new Date(now.getTime() - SUCCESS_WINDOW_DAYS * 86_400_000);
  const data = await deps.briefings.loadBriefing(partnerId, turn.inbound.envelope.platform, since);
  if (!data) return [note(turn.t('bot.unknown_action'))];
  const viewer = await viewerOf(turn);
  const contactDetailsVisible = viewer.role !== 'staff' || viewer.ownPartnerIds.has(partnerId);
  const planGoals = deps.planGoalsOf ? await deps.planGoalsOf(partnerId, now.getUTCFullYear()) : null;
  return [{ type: 'ephemeral', message: buildBriefingCard((k, v) => turn.t(k, v), { data, contactDetailsVisible, planGoals, now }) }];
}

function askWhich(turn: Turn, partners: MatchedPartner[]): Reply {
  const names = partners.map((p) => p.name);
  const text = turn.t('network.partner_which', { first: names.slice(0, -1).join(', '), last: names[names.length - 1]! });
  return {
    type: 'ephemeral',
    message: {
      text,
      blocks: [
        { type: 'section', text },
        { type: 'actions', elements: partners.map((p) => ({ type: 'button' as const, actionId: PARTNER_PICK_ACTION, label: p.name.slice(0, 75), value: p.id })) },
      ],
    },
  };
}

function note(text: string): Reply {
  return { type: 'ephemeral', message: { text, blocks: [] } };
}
