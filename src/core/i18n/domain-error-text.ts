// A DomainError in the person's language: its own promptKey, else errors.<code> in
// prompts/*/errors.json; the Dutch message is the last resort. One rule for the bot's
// replies and the dashboard's pages.
import type { DomainError } from '../domain-error.ts';
import type { Language, Translate, TranslateValues } from './translator.ts';

export function domainErrorText(t: Translate, language: Language, err: DomainError): string {
  const key = typeof err.details?.promptKey === 'string' ? err.details.promptKey : `errors.${err.code}`;
  const translated = t(language, key, (err.details?.values ?? {}) as TranslateValues);
  return translated === key ? err.message : translated;
}
