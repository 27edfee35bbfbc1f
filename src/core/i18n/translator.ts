// t(language, key, values): every text the bot says, from prompts/<lang>/*.json,
// formatted as ICU MessageFormat (plurals, selects) with intl-messageformat.
// Missing keys fall back to Dutch, then to the key itself (never a crash mid-flow).
import { IntlMessageFormat } from 'intl-messageformat';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Catalog = Record<string, string>;
export type Catalogs = Record<Language, Catalog>;
export type TranslateValues = Record<string, string | number | Date>;
export type Translate = (language: Language, key: string, values?: TranslateValues) => string;
/** A translator already bound to one language (a turn's t, a message builder's t). */
export type TranslateFn = (key: string, values?: TranslateValues) => string;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Picks the language for a person: their own, else their team's, else Dutch. */
export function pickLanguage(...candidates: (string | null | undefined)[]): Language {
  for (const c of candidates) {
    const short = c?.slice(0, 2).toLowerCase();
    if (isLanguage(short)) return short;
  }
  return 'nl';
}

export function createTranslator(catalogs: Catalogs): Translate {
  const cache = new Map<string, IntlMessageFormat>();
  return (language, key, values = {}) => {
    const lang = catalogs[language][key] !== undefined ? language : 'nl';
    const source = catalogs[lang][key];
    if (source === undefined) return key;
    const id = `${lang}\u0000${key}`;
    let format = cache.get(id);
    if (!format) {
      format = new IntlMessageFormat(source, lang === 'nl' ? 'nl-NL' : 'en-GB');
      cache.set(id, format);
    }
    return String(format.format(values));
  };
}
