// `mijn profiel` opens my profile form; `profiel <naam>` lets a lead open a team
// member's (an admin anyone's in the organisation). The submit checks the same
// right again: the form's context is only a hint from the client.
import { z } from 'zod';
import { dedupeIgnoringCase } from '../../core/register.ts';
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import type { Staff } from '../../core/register.ts';
import type { Turn } from '../../bot/feature.ts';
import type { NetworkStore, Profile } from './network-ports.ts';
import { ABOUT_MAX, buildProfileForm } from './profile-form.ts';

const tagList = z.string('invalid').default('')
  .transform((s) => dedupeIgnoringCase(s.split(/[,;\n]/).map((x) => x.trim()).filter(Boolean)))
  .pipe(z.array(z.string().max(60, 'tag_long')).max(20, 'too_many'));
export const ZProfileValues = z.object({
  expertise: tagList,
  about: z.string('invalid').default('').transform((s) => s.trim()).pipe(z.string().max(ABOUT_MAX, 'about_long')),
  works_also_for: tagList,
  phone: z.string('invalid').default('').transform((s) => s.trim()).pipe(z.union([z.literal(''), z.string().regex(/^\+?[0-9][0-9 ()-]{5,24}$/, 'phone_invalid')])),
});
const ZProfileContext = z.object({ staffId: z.uuid() });

export async function openProfile(turn: Turn<InboundOf<'command'>>, store: NetworkStore, args: string): Promise<Reply[]> {
  const name = args.trim();
  const who = name === '' ? turn.actor.staff : await findEditableColleague(turn, name);
  if (!who) return [note(turn.t('network.profile_not_found', { name }))];
  const profile = (await store.readProfile(who.id)) ?? { expertise: [], about: null, worksAlsoFor: [], phone: null };
  return [{ type: 'open_form', form: buildProfileForm((k, v) => turn.t(k, v), profile, who.id, who.name, who.id === turn.actor.staff.id) }];
}

export async function submitProfile(turn: Turn<InboundOf<'form_submitted'>>, store: NetworkStore): Promise<Reply[]> {
  const parsed = ZProfileValues.safeParse(turn.inbound.values);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'about')] ??= turn.t(`network.profile_error_${issue.message}`);
    return [{ type: 'form_errors', errors }];
  }
  const ctx = readContext(turn.inbound.context);
  const target = ctx ? await turn.deps.ports.staff.findStaff(ctx.staffId) : null;
  if (!target || !(await mayEdit(turn, target))) return [note(turn.t('network.profile_forbidden'))];
  const v = parsed.data;
  const profile: Profile = { expertise: v.expertise, about: v.about || null, worksAlsoFor: v.works_also_for, phone: v.phone || null };
  await store.saveProfile(target.id, profile);
  const text = target.id === turn.actor.staff.id ? turn.t('network.profile_saved') : turn.t('network.profile_saved_of', { name: target.name });
  return [note(text)];
}

function readContext(raw: string): z.infer<typeof ZProfileContext> | null {
  try {
    return ZProfileContext.parse(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** Myself; an admin anyone in the organisation; a lead the members of their teams. */
async function mayEdit(turn: Turn, target: Staff): Promise<boolean> {
  if (target.organisationId !== turn.actor.organisation.id) return false;
  if (target.id === turn.actor.staff.id || turn.actor.staff.role === 'admin') return true;
  const teams = await turn.deps.ports.staff.listTeamsOfStaff(target.id);
  return teams.some((team) => turn.actor.leadOfTeamIds.includes(team.id));
}

async function findEditableColleague(turn: Turn, name: string): Promise<Staff | null> {
  const wanted = name.toLowerCase();
  const teamIds = turn.actor.staff.role === 'admin' ? turn.actor.teams.map((t) => t.id) : turn.actor.leadOfTeamIds;
  for (const teamId of teamIds) {
    const member = (await turn.deps.ports.staff.listTeamMembers(teamId)).find((m) => m.staff.name.toLowerCase().includes(wanted));
    if (member) return member.staff;
  }
  return null;
}

function note(text: string): Reply {
  return { type: 'ephemeral', message: { text, blocks: [] } };
}
