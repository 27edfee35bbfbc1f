// `privacy export|erase|retention` and `import --allow-erased` as an admin types them,
// in-process on the test database: exit codes, Dutch output, files written.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerImportCommand } from '../../src/cli/import-command.ts';
import { registerPrivacyCommand } from '../../src/cli/privacy-command.ts';
import type { Database } from '../../src/store/database.ts';
import { searchEverywhere } from '../../src/store/person-search.ts';
import { runCli } from '../support/run-cli.ts';
import { openTestDatabase, testDbKinds } from '../support/test-database.ts';

describe.each(testDbKinds())('privacy command line (%s)', (kind) => {
  let db: Database;
  let out: string[];
  let err: string[];
  const dir = mkdtempSync(join(tmpdir(), 'rro-privacy-'));

  beforeEach(async () => {
    db = await openTestDatabase(kind);
    const org = await db.prisma.organisation.create({ data: { name: 'Zorg Kust' } });
    const anna = await db.prisma.staff.create({ data: { organisationId: org.id, name: 'Anna Bakker', email: 'anna.bakker@kust.example', externalId: 'P7' } });
    const partner = await db.prisma.partner.create({ data: { organisationId: org.id, name: 'Huisartsen Kust' } });
    await db.prisma.contactMoment.create({ data: { partnerId: partner.id, staffId: anna.id, occurredAt: new Date('2027-01-05T10:00:00Z'), level: 'tactisch', note: 'Kennismaking' } });
  });
  afterEach(async () => {
    await db.close();
  });

  /** Runs one command line in-process; resolves to its exit code. */
  async function run(...args: string[]): Promise<number> {
    const r = await runCli(db, [registerImportCommand, registerPrivacyCommand], args);
    out = r.out;
    err = r.err;
    return r.code;
  }

  it('exports as JSON, HTML and CSV', async () => {
    expect(await run('privacy', 'export', 'Anna.Bakker@kust.example')).toBe(0);
    const bundle = JSON.parse(out.join('\n'));
    expect(bundle.staff[0].contactMoments[0]).toMatchObject({ partner: 'Huisartsen Kust', note: 'Kennismaking' });
    const html = join(dir, 'anna.html');
    expect(await run('privacy', 'export', 'anna.bakker@kust.example', '--format', 'html', '--out', html)).toBe(0);
    expect(out[0]).toContain(`geschreven naar ${html}`);
    expect(readFileSync(html, 'utf8')).toMatch(/<h3>Contactmomenten<\/h3>.*Kennismaking/s);
    expect(await run('privacy', 'export', 'anna.bakker@kust.example', '--format', 'csv')).toBe(0);
    expect(out.join('\n')).toContain('staff;contactMoments;1;note;Kennismaking');
  });

  it('refuses bad input in Dutch with exit 2, and an unknown person with exit 1', async () => {
    expect(await run('privacy', 'export', 'geen-adres')).toBe(2);
    expect(err[0]).toBe("'geen-adres' is geen geldig e-mailadres. Gebruik bijvoorbeeld naam@zorg.nl.");
    expect(await run('privacy', 'export', 'anna.bakker@kust.example', '--format', 'pdf')).toBe(2);
    expect(err[0]).toContain("Onbekend formaat 'pdf'");
    expect(await run('privacy', 'erase', 'niemand@kust.example', '--yes')).toBe(1);
    expect(err[0]).toContain('Niemand met e-mailadres niemand@kust.example in Zorg Kust');
    expect(await run('privacy', 'retention', '--answers-months', '0')).toBe(2);
    expect(err[0]).toContain('minimaal 1 maanden');
  });

  it('erases only with --yes; a re-import is then refused unless --allow-erased', async () => {
    expect(await run('privacy', 'erase', 'anna.bakker@kust.example')).toBe(0);
    expect(out[0]).toContain('Voer opnieuw uit met --yes');
    expect(await db.prisma.staff.count()).toBe(1);
    expect(await run('privacy', 'erase', 'anna.bakker@kust.example', '--yes')).toBe(0);
    expect(out[0]).toMatch(/^anna\.bakker@kust\.example is verwijderd: 1 medewerker/);
    expect(await searchEverywhere(db.prisma, ['anna.bakker@kust.example', 'Anna Bakker'])).toEqual([]);
    expect(await db.prisma.contactMoment.count({ where: { staffId: null } })).toBe(1);

    const csv = join(dir, 'staff.csv');
    writeFileSync(csv, 'Naam;E-mail;Rol;Personeelsnummer\nAnna Bakker;anna.bakker@kust.example;Medewerker;\n');
    expect(await run('import', 'staff', csv)).toBe(1);
    expect(out.filter((l) => l.startsWith('Rij '))).toEqual([
      expect.stringMatching(/^Rij 2, kolom 'E-mail': anna\.bakker@kust\.example is eerder op verzoek verwijderd \(AVG\)/),
    ]);
    writeFileSync(csv, 'Naam;E-mail;Rol;Personeelsnummer\nBen Smit;;Medewerker;P7\n');
    expect(await run('import', 'staff', csv)).toBe(1);
    expect(out.filter((l) => l.startsWith('Rij '))).toEqual([
      expect.stringMatching(/^Rij 2, kolom 'Personeelsnummer': Personeelsnummer P7 is eerder op verzoek verwijderd/),
    ]);
    expect(await db.prisma.staff.count()).toBe(0);
    writeFileSync(csv, 'Naam;E-mail;Rol;Personeelsnummer\nAnna Bakker;anna.bakker@kust.example;Medewerker;P7\n');
    expect(await run('import', 'staff', csv, '--allow-erased')).toBe(0);
    expect(await db.prisma.staff.count()).toBe(1);
  });

  it('shows, changes and applies the retention periods', async () => {
    expect(await run('privacy', 'retention')).toBe(0);
    expect(out[0]).toContain('antwoorden en notities 24 maanden · inhoud van verzonden berichten 30 dagen · audit-log 84 maanden');
    expect(await run('privacy', 'retention', '--outbox-days', '14', '--run')).toBe(0);
    expect(out).toEqual([
      'Bewaartermijnen opgeslagen.',
      expect.stringContaining('verzonden berichten 14 dagen'),
      expect.stringMatching(/^Bewaartermijnen toegepast: 0 antwoorden, 0 ga-doen-punten en 0 notities geschoond/),
    ]);
    expect(await db.prisma.auditEvent.count({ where: { action: 'privacy.retention_changed' } })).toBe(1);
  });
});
