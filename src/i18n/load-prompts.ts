// Reads prompts/<lang>/*.json into catalogs; keys are prefixed with the file name
// (prompts/nl/checkin.json { "root": … } → "checkin.root").
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { LANGUAGES, type Catalog, type Catalogs } from '../core/i18n/translator.ts';

export const PROMPTS_DIR = fileURLToPath(new URL('../../prompts', import.meta.url));

const ZPromptFile = z.record(z.string().regex(/^[a-zA-Z0-9_.-]+$/), z.string());

export function loadPrompts(dir: string = PROMPTS_DIR): Catalogs {
  const catalogs = {} as Catalogs;
  for (const lang of LANGUAGES) {
    const catalog: Catalog = {};
    for (const file of readdirSync(join(dir, lang)).filter((f) => f.endsWith('.json')).sort()) {
      const parsed = ZPromptFile.safeParse(JSON.parse(readFileSync(join(dir, lang, file), 'utf8')));
      if (!parsed.success) throw new Error(`prompts/${lang}/${file} is ongeldig: ${parsed.error.issues[0]?.message}`);
      const area = file.replace(/\.json$/, '');
      for (const [key, text] of Object.entries(parsed.data)) catalog[`${area}.${key}`] = text;
    }
    catalogs[lang] = catalog;
  }
  return catalogs;
}
