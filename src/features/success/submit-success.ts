// Submit of the success form: checks the fields (Dutch errors per field), stores
// the success and enqueues its celebration post in one transaction.
import { z } from 'zod';
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import { pickLanguage } from '../../core/i18n/translator.ts';
import type { Turn } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import { buildSuccessPost } from './success-post.ts';
import type { SuccessPorts } from './success-ports.ts';
import { SLAAGFACTOREN, STORY_MAX, TITLE_MAX } from './success-form.ts';

const list = z.union([z.string(), z.array(z.string())], 'invalid').optional()
  .transform((v) => (v === undefined ? [] : [v].flat().filter((s) => s !== '')));
const ZSuccessValues = z.object({
  title: z.string('invalid').default('').transform((s) => s.trim()).pipe(z.string().min(1, 'required').max(TITLE_MAX, 'title_long')),
  story: z.string('invalid').default('').transform((s) => s.trim()).pipe(z.string().min(1, 'required').max(STORY_MAX, 'story_long')),
  partners: list.pipe(z.array(z.uuid('invalid')).max(20, 'too_many')),
  thanks: list.pipe(z.array(z.uuid('invalid')).max(30, 'too_many')),
  tags: list.pipe(z.array(z.enum(SLAAGFACTOREN, 'invalid'))),
});
export const ZSuccessContext = z.object({ teamId: z.uuid().nullable().default(null), answerId: z.uuid().optional() });

export function parseSuccessContext(raw: string): z.infer<typeof ZSuccessContext> {
  try {
    return ZSuccessContext.parse(JSON.parse(raw || '{}'));
  } catch {
    return { teamId: null };
  }
}

export async function submitSuccess(turn: Turn<InboundOf<'form_submitted'>>, ports: SuccessPorts): Promise<Reply[]> {
  const parsed = ZSuccessValues.safeParse(turn.inbound.values);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'title');
      errors[field] ??= turn.t(`success.error_${issue.message}`, { max: field === 'story' ? STORY_MAX : TITLE_MAX });
    }
    return [{ type: 'form_errors', errors }];
  }
  const v = parsed.data;
  const { actor } = turn;
  const ctx = parseSuccessContext(turn.inbound.context);
  const teamId = ctx.teamId && actor.teams.some((t) => t.id === ctx.teamId) ? ctx.teamId : actor.teams[0]?.id ?? null;
  const team = actor.teams.find((t) => t.id === teamId);
  const channelRef = await ports.findCelebrationChannel(actor.organisation.id, teamId);
  const partnerNames = (await Promise.all(v.partners.map((id) => turn.deps.ports.register.findPartner(id))))
    .filter((p) => p?.organisationId === actor.organisation.id).map((p) => p!.name);
  const thankedStaff = (await Promise.all(v.thanks.map((id) => turn.deps.ports.staff.findStaff(id))))
    .filter((s) => s?.organisationId === actor.organisation.id).map((s) => s!);
  const thankedNames = thankedStaff.map((s) => s.name);
  const lang = pickLanguage(team?.language, actor.organisation.language);
  const message = buildSuccessPost(turn.deps.t, lang, { title: v.title, story: v.story, authorName: actor.staff.name, partnerNames, thankedNames, tags: v.tags });
  await ports.shareSuccess(
    { organisationId: actor.organisation.id, teamId, authorId: actor.staff.id, title: v.title, story: v.story, tags: v.tags, partnerIds: v.partners, thankedIds: v.thanks },
    channelRef ? { platform: turn.inbound.envelope.platform, channelRef, message } : null,
    thankedStaff.filter((s) => s.id !== actor.staff.id).map((s) => {
      // A short DM in the colleague's own language: who thanked them, for what.
      const text = turn.deps.t(pickLanguage(s.language, team?.language, actor.organisation.language), 'success.thanked_dm', { author: actor.staff.name, title: v.title });
      return { staffId: s.id, message: { text, blocks: [{ type: 'section' as const, text }] } };
    }),
  );
  turn.deps.notifyOutbox();
  const text = channelRef ? turn.t('success.thanks_posted') : turn.t('success.thanks_no_channel');
  return ephemeral(text);
}
