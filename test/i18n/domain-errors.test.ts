// Every DomainError a person can meet has its text in prompts/nl and prompts/en: by
// its own promptKey, or as errors.<code>. Its placeholders are filled by the values it
// passes. (Found by reading src: a new throw without a text fails here.)
import { parse } from '@formatjs/icu-messageformat-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPrompts } from '../../src/i18n/load-prompts.ts';
import { placeholders } from '../support/prompt-placeholders.ts';

const SRC = resolve(import.meta.dirname, '../../src');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'generated' ? [] : tsFiles(join(dir, e.name))) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

/** The text of each `new DomainError(…)` call, up to its closing parenthesis. */
function domainErrorCalls(): { where: string; call: string }[] {
  const calls: { where: string; call: string }[] = [];
  for (const file of tsFiles(SRC)) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/new DomainError\(/g)) {
      let depth = 0;
      let end = match.index + match[0].length - 1;
      for (; end < source.length; end++) {
        if (source[end] === '(') depth++;
        if (source[end] === ')' && --depth === 0) break;
      }
      calls.push({ where: `${file.slice(SRC.length + 1)}:${source.slice(0, match.index).split('\n').length}`, call: source.slice(match.index, end + 1) });
    }
  }
  return calls;
}

describe('DomainError texts', () => {
  const catalogs = loadPrompts();
  const calls = domainErrorCalls();

  it('finds the throws in src', () => expect(calls.length).toBeGreaterThan(25));

  it.each(calls)('$where has a text in nl and en, and passes its placeholders', ({ call }) => {
    const code = /new DomainError\(\s*'([a-z_]+)'/.exec(call)?.[1];
    expect(code, 'a literal code').toBeDefined();
    const key = /promptKey:\s*'([^']+)'/.exec(call)?.[1] ?? `errors.${code}`;
    expect(catalogs.nl[key], `prompts/nl: ${key}`).toBeDefined();
    expect(catalogs.en[key], `prompts/en: ${key}`).toBeDefined();
    const passed = /values:\s*\{([^}]*)\}/.exec(call)?.[1] ?? '';
    for (const name of placeholders(parse(catalogs.nl[key]!))) expect(passed, `${key} needs {${name}}`).toMatch(new RegExp(`\\b${name}\\b`));
  });
});
