// Who should take over a partner someone says is "niet (meer) mijn partner": a
// colleague from the same team who is not away, with the fewest partners (ties by name).
export interface Colleague { id: string; name: string; teamIds: readonly string[]; partnerCount: number; awayUntil: string | null }

export function suggestColleague<C extends Colleague>(
  from: { staffId: string; teamIds: readonly string[] }, candidates: readonly C[], today: string,
): C | null {
  const fits = candidates.filter((c) =>
    c.id !== from.staffId && c.teamIds.some((t) => from.teamIds.includes(t)) && (c.awayUntil === null || c.awayUntil < today));
  fits.sort((a, b) => a.partnerCount - b.partnerCount || a.name.localeCompare(b.name, 'nl'));
  return fits[0] ?? null;
}
