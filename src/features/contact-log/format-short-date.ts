// A local date as people say it in chat: "24 nov" / "24 Nov".
import type { Language } from '../../core/i18n/translator.ts';

export function formatShortDate(localDate: string, language: Language): string {
  const format = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return format.format(new Date(`${localDate}T00:00:00Z`));
}
