// The "HH:MM" times of a team's rhythm (check-in, reminder, agenda, nudges): one
// pattern, one parser, and the cron expression a team's working-day job fires on.
export const TIME_OF_DAY = /^([01]?\d|2[0-3]):([0-5]\d)$/;

export interface TimeOfDay {
  hour: number;
  minute: number;
}

/** '9:05' and '09:05' → { hour: 9, minute: 5 }; anything else → null. */
export function parseTimeOfDay(text: string): TimeOfDay | null {
  const match = TIME_OF_DAY.exec(text.trim());
  return match ? { hour: Number(match[1]), minute: Number(match[2]) } : null;
}

/** Cron for this time Monday to Friday; the job's appliesTo skips holidays. Throws on a malformed time. */
export function weekdayCronAt(time: string): string {
  const parsed = parseTimeOfDay(time);
  if (!parsed) throw new Error(`Ongeldige tijd "${time}" (verwacht HH:MM, bv. 09:00)`);
  return `${parsed.minute} ${parsed.hour} * * 1-5`;
}
