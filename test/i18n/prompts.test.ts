import { parse } from '@formatjs/icu-messageformat-parser';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPrompts } from '../../src/i18n/load-prompts.ts';
import { placeholders } from '../support/prompt-placeholders.ts';
import { createTranslator, pickLanguage } from '../../src/core/i18n/translator.ts';

describe('prompts', () => {
  const catalogs = loadPrompts();

  it('has the same keys in every language', () => {
    expect(Object.keys(catalogs.en).sort()).toEqual(Object.keys(catalogs.nl).sort());
    expect(Object.keys(catalogs.nl).length).toBeGreaterThan(5);
  });

  it('uses the same placeholders for a key in every language, and every message parses', () => {
    for (const key of Object.keys(catalogs.nl)) {
      const nl = [...placeholders(parse(catalogs.nl[key]!))].sort();
      const en = [...placeholders(parse(catalogs.en[key] ?? ''))].sort();
      expect({ key, placeholders: en }).toEqual({ key, placeholders: nl });
    }
  });

  it('formats plurals per language and falls back to Dutch, then to the key', () => {
    const t = createTranslator(catalogs);
    expect(t('nl', 'common.days_ago', { days: 1 })).toBe('gisteren');
    expect(t('nl', 'common.days_ago', { days: 12 })).toBe('12 dagen geleden');
    expect(t('en', 'common.days_ago', { days: 12 })).toBe('12 days ago');
    const partial = createTranslator({ nl: { 'x.only_nl': 'alleen NL' }, en: {} });
    expect(partial('en', 'x.only_nl')).toBe('alleen NL');
    expect(partial('en', 'x.missing')).toBe('x.missing');
  });

  it('detects a missing key in a language (the check above is real)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prompts-'));
    mkdirSync(join(dir, 'nl'));
    mkdirSync(join(dir, 'en'));
    writeFileSync(join(dir, 'nl', 'a.json'), JSON.stringify({ one: 'een', two: 'twee {n}' }));
    writeFileSync(join(dir, 'en', 'a.json'), JSON.stringify({ one: 'one' }));
    const c = loadPrompts(dir);
    expect(Object.keys(c.en).sort()).not.toEqual(Object.keys(c.nl).sort());
  });

  it('picks a person language before the team language, Dutch by default', () => {
    expect(pickLanguage('en-GB', 'nl')).toBe('en');
    expect(pickLanguage(null, 'en')).toBe('en');
    expect(pickLanguage(undefined, 'fr')).toBe('nl');
  });
});
