import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSettingsFeature } from '../../../src/features/settings/settings-feature.ts';
import { createSettingsStore } from '../../../src/store/settings-store.ts';
import { createBotHarness, type BotHarness } from '../../support/bot-harness.ts';

const NOW = new Date('2026-11-24T10:00:00Z');

describe('settings feature', () => {
  let h: BotHarness;
  let changes = 0;
  let team: { id: string };
  let lead: { id: string };
  let staff: { id: string };

  beforeAll(async () => {
    h = await createBotHarness({ now: NOW, features: (_deps, db) => [createSettingsFeature(createSettingsStore(db.prisma), { onSettingsSaved: () => { changes++; } })] });
    team = await h.db.prisma.team.findFirstOrThrow({ where: { name: 'Transferpunt' } });
    lead = await h.db.prisma.staff.findFirstOrThrow({ where: { name: 'Marieke van der Linden' } });
    staff = await h.db.prisma.staff.findFirstOrThrow({ where: { name: 'Sanne de Graaf' } });
  });
  afterAll(async () => h?.close());

  const schedule = (values: Record<string, string>) => ({
    checkinWeekday: '2', checkinTime: '08:30', reminderTime: '14:00', agendaWeekday: '3', agendaTime: '10:00', nudgeTime: '9:15', nudgesEnabled: 'off', ...values,
  });

  it('refuses a staff member, naming who can help', async () => {
    const [reply] = await h.send({ type: 'command', envelope: await h.envelopeOf(staff.id), text: 'instellingen' });
    expect(reply).toMatchObject({ type: 'ephemeral', message: { text: expect.stringContaining('Marieke van der Linden') } });
    const form = await h.send({ type: 'form_submitted', envelope: await h.envelopeOf(staff.id), formId: 'settings.schedule', context: team.id, values: schedule({}) });
    expect(form[0]).toMatchObject({ type: 'ephemeral', message: { text: expect.stringContaining('teamleider') } });
    expect((await h.db.prisma.team.findUniqueOrThrow({ where: { id: team.id } })).checkinTime).toBe('09:00');
  });

  it('a lead sees the settings, opens the schedule form and changes it; an invalid time is a field error', async () => {
    const [card] = await h.send({ type: 'command', envelope: await h.envelopeOf(lead.id), text: 'instellingen' });
    if (card?.type !== 'ephemeral') throw new Error('expected card');
    const actions = card.message.blocks.find((b) => b.type === 'actions');
    if (actions?.type !== 'actions') throw new Error('expected buttons');
    expect(actions.elements.map((e) => e.actionId)).not.toContain('settings.open_categories');
    const [opened] = await h.send({ type: 'action', envelope: await h.envelopeOf(lead.id), actionId: 'settings.open_schedule', value: team.id });
    expect(opened).toMatchObject({ type: 'open_form', form: { formId: 'settings.schedule', context: team.id } });

    const send = async (values: Record<string, string>) =>
      h.send({ type: 'form_submitted', envelope: await h.envelopeOf(lead.id), formId: 'settings.schedule', context: team.id, values });
    const bad = await send(schedule({ checkinTime: '25:00', agendaWeekday: '9' }));
    expect(bad[0]).toEqual({ type: 'form_errors', errors: { checkinTime: 'Schrijf een tijd als 09:00.', agendaWeekday: 'Kies een dag van maandag tot en met zondag.' } });
    expect(changes).toBe(0);

    await send(schedule({}));
    const saved = await h.db.prisma.team.findUniqueOrThrow({ where: { id: team.id } });
    expect(saved).toMatchObject({ checkinWeekday: 2, checkinTime: '08:30', nudgeTime: '09:15', nudgesEnabled: false, agendaWeekday: 3 });
    expect(await h.db.prisma.auditEvent.count({ where: { action: 'team.schedule_changed', actorStaffId: lead.id, subject: team.id } })).toBe(1);
    expect(changes).toBe(1);
  });

  it('a lead adds a colleague by e-mail; an unknown e-mail is a field error', async () => {
    const other = await h.db.prisma.staff.findFirstOrThrow({ where: { name: 'Ruud Brouwer' } });
    const send = async (addEmail: string) => h.send({ type: 'form_submitted', envelope: await h.envelopeOf(lead.id), formId: 'settings.members', context: team.id, values: { addEmail } });
    expect((await send('niemand@maasdelta.example'))[0]).toMatchObject({ type: 'form_errors', errors: { addEmail: expect.stringContaining('niemand@') } });
    await send(other.email!);
    expect(await h.db.prisma.teamMembership.count({ where: { teamId: team.id, staffId: other.id } })).toBe(1);
  });

  it('asks an admin who is in no team which team they mean, instead of showing an arbitrary team', async () => {
    const admin = await h.db.prisma.staff.findFirstOrThrow({ where: { role: 'admin', memberships: { none: {} } } });
    const [reply] = await h.send({ type: 'command', envelope: await h.envelopeOf(admin.id), text: 'instellingen' });
    expect(reply).toMatchObject({ type: 'ephemeral', message: { text: expect.stringContaining('Over welk team gaat het?') } });
    if (reply?.type !== 'ephemeral') throw new Error('expected a question');
    expect(reply.message.text).toContain('Transferpunt');
    expect(reply.message.text).toContain('/dashboard/beheer/teams');
    expect(reply.message.blocks ?? []).toEqual([]);
  });

  it('only admins change rubrieken', async () => {
    const admin = await h.db.prisma.staff.findFirstOrThrow({ where: { role: 'admin' } });
    const values = { name: 'Apotheken', idealIntervalDays: '30', maxIntervalDays: '60' };
    const byLead = await h.send({ type: 'form_submitted', envelope: await h.envelopeOf(lead.id), formId: 'settings.categories', context: team.id, values });
    expect(byLead[0]?.type).toBe('ephemeral');
    expect(await h.db.prisma.category.count({ where: { name: 'Apotheken' } })).toBe(0);
    await h.send({ type: 'form_submitted', envelope: await h.envelopeOf(admin.id), formId: 'settings.categories', context: team.id, values });
    expect(await h.db.prisma.category.findFirst({ where: { name: 'Apotheken' } })).toMatchObject({ idealIntervalDays: 30, maxIntervalDays: 60 });
  });

  it('a rubriek needs an owner at all three levels unless the admin chooses fewer; leaving levels empty keeps them', async () => {
    const admin = await h.db.prisma.staff.findFirstOrThrow({ where: { role: 'admin' } });
    const save = async (values: Record<string, string | string[]>) =>
      h.send({ type: 'form_submitted', envelope: await h.envelopeOf(admin.id), formId: 'settings.categories', context: team.id, values: { idealIntervalDays: '60', maxIntervalDays: '120', ...values } });
    const levels = async () => (await h.db.prisma.category.findFirstOrThrow({ where: { name: 'Welzijn' } })).requiredLevels;
    await save({ name: 'Welzijn' });
    expect(await levels()).toEqual(['operationeel', 'tactisch', 'strategisch']);
    await save({ name: 'welzijn', requiredLevels: ['strategisch', 'operationeel'] });
    expect(await levels()).toEqual(['operationeel', 'strategisch']);
    await save({ name: 'Welzijn', requiredLevels: [] });
    expect(await levels()).toEqual(['operationeel', 'strategisch']);
    expect((await save({ name: 'Welzijn', requiredLevels: ['bestuur'] }))[0]).toMatchObject({ type: 'form_errors', errors: { requiredLevels: expect.any(String) } });
  });

  it('an admin changes the organisation settings (grace days, management cadence); zod errors in Dutch; audited; leads cannot', async () => {
    const admin = await h.db.prisma.staff.findFirstOrThrow({ where: { role: 'admin' } });
    const organisationId = admin.organisationId;
    const save = async (by: string, values: Record<string, string>) =>
      h.send({ type: 'form_submitted', envelope: await h.envelopeOf(by), formId: 'settings.organisation', context: team.id, values });
    const [card] = await h.send({ type: 'command', envelope: await h.envelopeOf(admin.id), text: 'instellingen transferpunt' });
    if (card?.type !== 'ephemeral') throw new Error('expected card');
    expect(JSON.stringify(card.message.blocks)).toContain('"label":"Seintje bij nog geen contact na … dagen","value":"14"');
    const [opened] = await h.send({ type: 'action', envelope: await h.envelopeOf(admin.id), actionId: 'settings.open_organisation', value: team.id });
    expect(opened).toMatchObject({ type: 'open_form', form: { formId: 'settings.organisation', inputs: [{ initial: '14' }, { initial: 'monthly' }] } });
    expect((await h.send({ type: 'action', envelope: await h.envelopeOf(lead.id), actionId: 'settings.open_organisation', value: team.id }))[0]?.type).toBe('ephemeral');

    const before = changes;
    expect((await save(admin.id, { neverContactedGraceDays: '0', managementCheckinCadence: 'weekly' }))[0]).toEqual({ type: 'form_errors', errors: {
      neverContactedGraceDays: 'Vul een heel aantal dagen in, van 1 tot 365.', managementCheckinCadence: 'Kies maandelijks of per kwartaal.',
    } });
    expect((await save(lead.id, { neverContactedGraceDays: '30', managementCheckinCadence: 'quarterly' }))[0]?.type).toBe('ephemeral');
    expect(await h.db.prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } })).toMatchObject({ neverContactedGraceDays: 14, managementCheckinCadence: 'monthly' });
    expect(changes).toBe(before);

    const [done] = await save(admin.id, { neverContactedGraceDays: ' 30 ', managementCheckinCadence: 'quarterly' });
    expect(done).toMatchObject({ type: 'ephemeral', message: { text: expect.stringContaining('na 30 dagen, check-in van management per kwartaal') } });
    expect(await h.db.prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } })).toMatchObject({ neverContactedGraceDays: 30, managementCheckinCadence: 'quarterly' });
    expect(await h.db.prisma.auditEvent.findFirst({ where: { action: 'organisation.settings_changed', actorStaffId: admin.id, subject: organisationId } }))
      .toMatchObject({ details: { neverContactedGraceDays: 30, managementCheckinCadence: 'quarterly' } });
    expect(changes).toBe(before + 1);
  });

  it('the channels form is a channel picker offering the channel the lead is in and the known team channels', async () => {
    const [reply] = await h.send({ type: 'action', envelope: await h.envelopeOf(lead.id, { ref: 'C0HERE', kind: 'channel' }), actionId: 'settings.open_channels', value: team.id });
    if (reply?.type !== 'open_form') throw new Error('expected the channels form');
    const picker = reply.form.inputs.find((i) => i.id === 'channelRef')!;
    expect(picker.type).toBe('channel');
    expect(picker.options?.[0]).toEqual({ label: 'Dit kanaal', value: 'C0HERE' });
    expect(picker.options?.length).toBeGreaterThan(1);
  });

  it('offers the channel the lead is in as the team channel when none is set', async () => {
    await h.db.prisma.team.update({ where: { id: team.id }, data: { channelRef: null } });
    const open = async (room?: { ref: string; kind: 'channel' | 'dm' }) => {
      const [reply] = await h.send({ type: 'action', envelope: await h.envelopeOf(lead.id, room), actionId: 'settings.open_channels', value: team.id });
      if (reply?.type !== 'open_form') throw new Error('expected the channels form');
      return reply.form.inputs.find((i) => i.id === 'channelRef')?.initial;
    };
    expect(await open({ ref: 'C0TRANSFER', kind: 'channel' })).toBe('C0TRANSFER');
    expect(await open({ ref: 'D0LEAD', kind: 'dm' })).toBeUndefined();
    await h.db.prisma.team.update({ where: { id: team.id }, data: { channelRef: 'C0KEEP' } });
    expect(await open({ ref: 'C0OTHER', kind: 'channel' })).toBe('C0KEEP');
  });
});
