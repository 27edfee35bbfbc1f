// Issue 12, "Measure": the whole path of a functional admin in a real browser, from an
// empty DATA_DIR with the demo off: start, become the first admin, import partners,
// staff (with a lead and the team channel column) and assignments through the wizard
// (one unknown rubriek created in place, one near-duplicate warned), move the
// playground clock to Monday 09:00 and see an imported person's check-in listing
// their imported partners. Prints how long each step took; screenshots each wizard step.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, freshDataDir, spawnTs, type Spawned } from '../app/spawn-bot.ts';

import { CHROMIUM, launchChromium } from '../support/chromium.ts';
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));
const SHOTS = process.env.UPDATE_DOCS_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-artifacts/screenshots';

describe.skipIf(!existsSync(CHROMIUM))('import wizard: empty install to a first check-in of imported people', () => {
  let bot: Spawned | undefined;
  let browser: Browser | undefined;
  const dataDir = freshDataDir();
  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('goes from npm start to the check-in DM of an imported person', async () => {
    const timings: [string, number][] = [];
    const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
      const started = performance.now();
      const result = await run();
      timings.push([name, Math.round(performance.now() - started)]);
      return result;
    };
    mkdirSync(SHOTS, { recursive: true });
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;

    await step('start (lege DATA_DIR, DEMO=false)', async () => {
      bot = spawnTs('src/main.ts', [], { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO: 'false', LOG_FORMAT: 'json' });
      await bot.healthy(port);
      await expect.poll(() => bot!.output(), { timeout: 10_000 }).toContain('/dashboard/opzetten');
    });
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await step('eerste beheerder', async () => {
      await page.goto(`${base}/dashboard/kies`);
      expect(new URL(page.url()).pathname).toBe('/dashboard/opzetten');
      await page.getByLabel('Naam van je organisatie').fill('Zorgnetwerk Kennemerland');
      await page.getByLabel('Je naam').fill('Anouk Visser');
      await page.getByLabel('Je e-mailadres').fill('anouk.visser@zorgnetwerk-kennemerland.nl');
      await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();
      await page.getByText('Anouk Visser · ').first().waitFor();
    });

    await step('partners importeren (rubriek aanmaken, bijna-dubbel)', async () => {
      await upload(page, base, 'partners', 'partners.csv', `${SHOTS}/import-1-bestand.png`);
      await page.screenshot({ path: `${SHOTS}/import-2-kolommen.png`, fullPage: true });
      await expect.poll(() => page.getByLabel('Organisatienaam').inputValue()).toBe('name');
      await page.getByRole('button', { name: 'Verder naar controleren' }).click();
      await page.getByRole('group', { name: 'Rubriek “Ziekenhuis”' }).waitFor();
      await page.getByText('8 met een fout').waitFor();
      await page.screenshot({ path: `${SHOTS}/import-3-rubriek.png`, fullPage: true });
      await page.getByLabel('Ideaal contact om de (dagen)').fill('42');
      await page.getByLabel('Uiterlijk om de (dagen)').fill('91');
      await page.getByRole('button', { name: 'Rubrieken opslaan' }).click();
      await page.getByText('8 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 met een fout.').waitFor();
      // The near-duplicate in the file is warned, not refused.
      await page.getByText(/Rode Kruisziekenhuis: lijkt op .Rode Kruis Ziekenhuis. in rij 3/).waitFor();
      await page.screenshot({ path: `${SHOTS}/import-4-controleren.png`, fullPage: true });
      await page.getByRole('button', { name: 'Importeren (8 rijen)' }).click();
      await page.getByText('Opgeslagen in één keer: 8 nieuw').waitFor();
      await page.screenshot({ path: `${SHOTS}/import-5-klaar.png`, fullPage: true });
    });

    await step('medewerkers importeren (teamleider, teamkanaal)', async () => {
      await page.getByRole('link', { name: 'Importeer nu de medewerkers' }).click();
      await upload(page, base, 'staff', 'staff.csv');
      await page.getByRole('button', { name: 'Verder naar controleren' }).click();
      await page.getByText('4 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 met een fout.').waitFor();
      await page.getByRole('button', { name: 'Importeren (4 rijen)' }).click();
      await page.getByText('Nieuwe teams: 1.').waitFor();
    });

    await step('toewijzingen importeren', async () => {
      await page.getByRole('link', { name: 'Importeer nu de toewijzingen' }).click();
      await upload(page, base, 'assignments', 'assignments.csv');
      await page.getByRole('button', { name: 'Verder naar controleren' }).click();
      await page.getByText('6 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 met een fout.').waitFor();
      await page.getByRole('button', { name: 'Importeren (6 rijen)' }).click();
      await page.getByText('Opgeslagen in één keer: 6 nieuw').waitFor();
    });

    await step('playground: klok naar maandag 09:00, check-in van Jeroen', async () => {
      await page.goto(`${base}/playground`);
      await page.getByLabel('Ik ben').selectOption({ label: 'Jeroen Çelik — medewerker' });
      // The team channel came from the staff file's teamkanaal column.
      await page.getByRole('link', { name: /#transmuraal-kennemerland/ }).waitFor();
      await page.getByRole('button', { name: 'Naar maandag 09:00' }).click();
      await page.locator('article.pg-post').first().waitFor();
      await page.getByRole('link', { name: /Berichten van RRO-bot/ }).first().click();
      const dm = page.locator('article.pg-post', { hasText: 'jouw partners' }).first();
      await dm.waitFor();
      for (const partner of ['Spaarne Gasthuis', 'Rode Kruis Ziekenhuis', 'Zaans Medisch Centrum']) await dm.getByText(partner).first().waitFor();
      await page.screenshot({ path: `${SHOTS}/import-6-checkin.png` });
    });

    expect(errors).toEqual([]);
    const total = timings.reduce((sum, [, ms]) => sum + ms, 0);
    console.log(['Importpad (issue 12, meting):', ...timings.map(([name, ms]) => `  ${name}: ${(ms / 1000).toFixed(1)} s`), `  totaal: ${(total / 1000).toFixed(1)} s`].join('\n'));
  }, 600_000);
});

/** Step 1 of the wizard: choose the kind and the file, read it; lands on step 2. */
async function upload(page: Page, base: string, kind: string, file: string, screenshot?: string): Promise<void> {
  if (!page.url().includes('/dashboard/beheer/import')) await page.goto(`${base}/dashboard/beheer/import`);
  await page.getByLabel('Wat staat er in het bestand?').selectOption(kind);
  await page.getByLabel('CSV-bestand').setInputFiles(fixture(file));
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  await page.getByRole('button', { name: 'Bestand lezen' }).click();
  await page.getByRole('button', { name: 'Verder naar controleren' }).waitFor();
}
