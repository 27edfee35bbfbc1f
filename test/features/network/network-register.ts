// A small register with known answers for the directory tests: one team, five
// colleagues, four partners (one with an accent, two alike), contact persons,
// assignments and dated contact moments.
import type { Database } from '../../../src/store/database.ts';

export const DAY = 86_400_000;

export async function seedNetworkRegister(db: Database, now: Date) {
  const p = db.prisma;
  const org = await p.organisation.create({ data: { name: 'Testziekenhuis', platform: 'local' } });
  const team = await p.team.create({ data: { organisationId: org.id, name: 'Transfer' } });
  const person = async (name: string, role: 'staff' | 'lead' | 'admin', extra: { expertise?: string[]; about?: string; worksAlsoFor?: string[]; phone?: string } = {}, isLead = false) => {
    const s = await p.staff.create({ data: { organisationId: org.id, name, role, email: `${name.split(' ')[0]!.toLowerCase()}@zkh.test`, ...extra } });
    await p.staffIdentity.create({ data: { staffId: s.id, platform: 'local', platformUserId: `u-${name.split(' ')[0]!.toLowerCase()}` } });
    await p.teamMembership.create({ data: { teamId: team.id, staffId: s.id, isLead } });
    return s;
  };
  const lead = await person('Lotte Leider', 'lead', { expertise: ['ketenzorg'] }, true);
  const eva = await person('Eva Visser', 'staff', { expertise: ['pleegzorg', 'jeugd-GGZ'], phone: '010-1234567' });
  const bram = await person('Bram Bakker', 'staff', { expertise: ['pleegzorg'] });
  const noor = await person('Noor Smit', 'staff', { expertise: ['wondzorg'], worksAlsoFor: ['Stichting Mantelzorg Rijnmond'] });
  const asker = await person('Sam Vragensteller', 'staff');
  const cat = await p.category.create({ data: { organisationId: org.id, name: 'A', idealIntervalDays: 30, maxIntervalDays: 60, priority: 1 } });
  const catB = await p.category.create({ data: { organisationId: org.id, name: 'B', idealIntervalDays: 60, maxIntervalDays: 120, priority: 2, requiredLevels: ['operationeel'] } });
  const partner = (name: string, categoryId: string, aliases: string[] = []) => p.partner.create({ data: { organisationId: org.id, name, categoryId, aliases } });
  const maxima = await partner('Máxima Medisch Centrum', cat.id, ['MMC']);
  const ggdNoord = await partner('GGD Noord', catB.id);
  const ggdZuid = await partner('GGD Zuid', catB.id);
  const careyn = await partner('Careyn Thuiszorg', catB.id);
  await p.assignment.createMany({ data: [
    { staffId: noor.id, partnerId: maxima.id, level: 'operationeel' },
    { staffId: lead.id, partnerId: maxima.id, level: 'tactisch' },
    { staffId: bram.id, partnerId: ggdNoord.id, level: 'operationeel' },
    { staffId: eva.id, partnerId: careyn.id, level: 'operationeel' },
  ] });
  const moment = (staffId: string, partnerId: string, level: 'operationeel' | 'tactisch' | 'strategisch', daysAgo: number) =>
    ({ staffId, partnerId, level, occurredAt: new Date(now.getTime() - daysAgo * DAY) });
  await p.contactMoment.createMany({ data: [
    moment(noor.id, maxima.id, 'operationeel', 200),
    moment(lead.id, maxima.id, 'tactisch', 5),
    moment(eva.id, careyn.id, 'operationeel', 3),
    moment(bram.id, ggdNoord.id, 'operationeel', 400),
  ] });
  await p.partnerContact.createMany({ data: [
    { partnerId: maxima.id, name: 'Dr. Anna de Wit', level: 'strategisch', jobTitle: 'bestuurder', email: 'anna@mmc.test', phone: '040-555', expertise: ['governance'] },
    { partnerId: ggdZuid.id, name: 'Kees Pleeg', level: 'tactisch', email: 'kees@ggd.test', expertise: ['pleegzorg'] },
  ] });
  await p.commitment.create({ data: { staffId: lead.id, partnerId: maxima.id, text: 'Afspraak over ontslagbrieven maken' } });
  return { org, team, lead, eva, bram, noor, asker, maxima, ggdNoord, ggdZuid, careyn, cat, catB };
}
