// Opens the success form for the actor, optionally pre-filled (from a check-in answer).
import type { Reply } from '../../core/outbound.ts';
import type { Turn } from '../../bot/feature.ts';
import { listGroupedPartnerOptions } from '../commands/list-partner-options.ts';
import { buildSuccessForm } from './success-form.ts';

export interface SuccessContext {
  teamId: string | null;
  answerId?: string;
}

export async function openSuccessForm(turn: Turn, ctx: SuccessContext, initial?: { story?: string; partnerIds?: string[] }): Promise<Reply[]> {
  const partners = await listGroupedPartnerOptions(turn);
  const colleagues = new Map<string, string>();
  for (const team of turn.actor.teams) {
    for (const m of await turn.deps.ports.staff.listTeamMembers(team.id)) {
      if (m.staff.id !== turn.actor.staff.id) colleagues.set(m.staff.id, m.staff.name);
    }
  }
  const form = buildSuccessForm(turn.t, {
    partners,
    colleagues: [...colleagues].map(([value, label]) => ({ value, label: label.slice(0, 75) })),
    context: JSON.stringify(ctx),
    ...(initial ? { initial } : {}),
  });
  return [{ type: 'open_form', form }];
}
