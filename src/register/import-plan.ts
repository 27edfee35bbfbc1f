// The register's decision rules for an import, without a database: every row is
// matched on its key (partner: extern id else name; staff: personeelsnummer else
// e-mail; contact: partner + name; assignment: staff + partner + level) against a
// snapshot of the register, and becomes new, changed, unchanged or an error with a
// Dutch reason. The store runs the resulting operations in one transaction.
import type { AssignmentKind, Level, Role } from '../core/register-types.ts';
import { toCompareKey } from '../domain/compare-key.ts';
import type { AssignmentRecord, ContactRecord, ImportBatch, ImportKind, ImportRow, PartnerRecord, StaffRecord } from './import-records.ts';
import { findNearDuplicate } from './near-duplicates.ts';

export interface RegisterSnapshot {
  categories: { id: string; name: string }[];
  partners: { id: string; name: string; externalId: string | null; aliases: string[]; categoryId: string | null; sector: string | null; region: string | null }[];
  contacts: { id: string; partnerId: string; name: string; jobTitle: string | null; level: Level; email: string | null; phone: string | null; expertise: string[] }[];
  staff: { id: string; name: string; email: string | null; externalId: string | null; role: Role; expertise: string[]; memberships: { teamId: string; isLead: boolean }[] }[];
  teams: { id: string; name: string; channelRef: string | null }[];
  assignments: { id: string; staffId: string; partnerId: string; level: Level; kind: AssignmentKind }[];
  /** Channels that already belong to another organisation's team. */
  otherChannels?: string[];
}

/** An existing row by id, or one created earlier in the same transaction by key. */
export type Ref = { id: string } | { key: string };

export type ImportOp =
  | { op: 'createCategory'; key: string; name: string; idealIntervalDays: number; maxIntervalDays: number }
  | { op: 'createPartner'; key: string; category: Ref | null; data: { name: string; sector: string | null; region: string | null; aliases: string[]; externalId: string | null } }
  | { op: 'updatePartner'; id: string; category?: Ref | null; data: Record<string, unknown> }
  | { op: 'createContact'; partnerId: string; data: { name: string; level: Level; jobTitle: string | null; email: string | null; phone: string | null; expertise: string[] } }
  | { op: 'updateContact'; id: string; data: Record<string, unknown> }
  | { op: 'createStaff'; key: string; data: { name: string; email: string | null; role: Role; expertise: string[]; externalId: string | null } }
  | { op: 'updateStaff'; id: string; data: Record<string, unknown> }
  | { op: 'createTeam'; key: string; name: string; channelRef: string | null }
  | { op: 'setTeamChannel'; id: string; channelRef: string }
  | { op: 'addMember'; staff: Ref; team: Ref; isLead: boolean }
  | { op: 'makeLead'; staffId: string; teamId: string }
  | { op: 'createAssignment'; staffId: string; partnerId: string; level: Level; kind: AssignmentKind }
  | { op: 'updateAssignment'; id: string; kind: AssignmentKind };

export type RowStatus = 'new' | 'changed' | 'unchanged' | 'error';

export interface RowProblem {
  row: number;
  /** The column as headed in the file. */
  column?: string;
  message: string;
}

export interface RowReport {
  row: number;
  status: RowStatus;
  /** What the row is about: a partner's name, "naam – partner (niveau)". */
  label: string;
  /** Columns whose value changes (for 'changed'). */
  changes: string[];
  problems: RowProblem[];
  warnings: string[];
}

/** How the admin resolved a rubriek the register does not know (by toCompareKey of its name). */
export type CategoryResolution = { action: 'create'; idealIntervalDays: number; maxIntervalDays: number } | { action: 'map'; categoryId: string };

export interface ImportPlan {
  kind: ImportKind;
  rows: RowReport[];
  ops: ImportOp[];
  counts: { created: number; updated: number; unchanged: number };
  teamsCreated: number;
  categoriesCreated: number;
  /** Rubrieken named in the file that are neither known nor resolved, as written. */
  unknownCategories: string[];
}

export interface PlanOptions {
  headerOf: (field: string) => string;
  categoryResolutions?: Record<string, CategoryResolution>;
}

/** Decides every row; `ops` is only meaningful when no row is an error. */
export function planImport(batch: ImportBatch, snapshot: RegisterSnapshot, options: PlanOptions): ImportPlan {
  const plan: ImportPlan = { kind: batch.kind, rows: [], ops: [], counts: { created: 0, updated: 0, unchanged: 0 }, teamsCreated: 0, categoriesCreated: 0, unknownCategories: [] };
  const b = new PlanBuilder(plan, options);
  if (batch.kind === 'partners') planPartners(batch.rows, snapshot, b, options.categoryResolutions ?? {});
  else if (batch.kind === 'contacts') planContacts(batch.rows, snapshot, b);
  else if (batch.kind === 'staff') planStaff(batch.rows, snapshot, b);
  else planAssignments(batch.rows, snapshot, b);
  return plan;
}

class PlanBuilder {
  readonly plan: ImportPlan;
  readonly options: PlanOptions;

  constructor(plan: ImportPlan, options: PlanOptions) {
    this.plan = plan;
    this.options = options;
  }

  start(row: number, label: string): RowReport {
    const report: RowReport = { row, status: 'unchanged', label, changes: [], problems: [], warnings: [] };
    this.plan.rows.push(report);
    return report;
  }

  fail(report: RowReport, field: string, message: string): void {
    report.status = 'error';
    report.problems.push({ row: report.row, column: this.options.headerOf(field), message });
  }

  finish(report: RowReport, status: Exclude<RowStatus, 'error'>, ops: ImportOp[], changedFields: string[] = []): void {
    if (report.status === 'error') return;
    report.status = status;
    report.changes = changedFields.map((f) => this.options.headerOf(f));
    this.plan.ops.push(...ops);
    this.plan.counts[status === 'new' ? 'created' : status === 'changed' ? 'updated' : 'unchanged'] += 1;
  }
}

/** The fields of `next` that are defined and differ from `current` (arrays compared by value). */
export function changedFields(current: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(next)) {
    if (value === undefined) continue;
    const old = current[field];
    const same = Array.isArray(value) && Array.isArray(old) ? value.length === old.length && value.every((v, i) => v === old[i]) : old === value;
    if (!same) changed[field] = value;
  }
  return changed;
}

type PartnerRef = RegisterSnapshot['partners'][number];

/** Finds a partner by extern id, else by name, else by an alias no other partner shares (case and accents ignored). */
function indexPartners(partners: PartnerRef[]) {
  const byExt = new Map(partners.filter((p) => p.externalId).map((p) => [p.externalId!, p]));
  const byName = new Map(partners.map((p) => [toCompareKey(p.name), p]));
  const byAlias = new Map<string, PartnerRef | null>();
  for (const p of partners)
    for (const alias of p.aliases) byAlias.set(toCompareKey(alias), byAlias.has(toCompareKey(alias)) ? null : p);
  return {
    byExt,
    byName,
    find: (ref: string) => byExt.get(ref.trim()) ?? byName.get(toCompareKey(ref)) ?? byAlias.get(toCompareKey(ref)) ?? undefined,
  };
}

const unknownPartner = (ref: string) => `onbekende partner '${ref}'. Controleer de schrijfwijze of importeer eerst de partners.`;

function planPartners(rows: ImportRow<PartnerRecord>[], snap: RegisterSnapshot, b: PlanBuilder, resolutions: Record<string, CategoryResolution>) {
  const categoryByKey = new Map(snap.categories.map((c) => [toCompareKey(c.name), c]));
  const partners = indexPartners(snap.partners);
  const createdCategories = new Map<string, Ref>();
  const unknown = new Map<string, string>();
  const seenInFile: { name: string; region: string | null; row: number }[] = [];
  for (const { row, record: r } of rows) {
    const report = b.start(row, r.name);
    let category: Ref | null | undefined = r.category === null ? null : undefined;
    const ops: ImportOp[] = [];
    if (r.category) {
      const key = toCompareKey(r.category);
      const known = categoryByKey.get(key);
      const resolution = resolutions[key];
      if (known) category = { id: known.id };
      else if (resolution?.action === 'map' && snap.categories.some((c) => c.id === resolution.categoryId)) category = { id: resolution.categoryId };
      else if (resolution?.action === 'create') {
        category = createdCategories.get(key);
        if (!category) {
          category = { key: `category:${key}` };
          createdCategories.set(key, category);
          ops.push({ op: 'createCategory', key: category.key, name: r.category, idealIntervalDays: resolution.idealIntervalDays, maxIntervalDays: resolution.maxIntervalDays });
          b.plan.categoriesCreated += 1;
        }
      } else {
        if (!unknown.has(key)) unknown.set(key, r.category);
        const knownNames = snap.categories.map((c) => c.name).join(', ') || '(nog geen rubrieken ingesteld)';
        b.fail(report, 'category', `onbekende rubriek '${r.category}'. Bekend: ${knownNames}. Maak hem aan of kies een bestaande in de importwizard (dashboard → Beheer → Import).`);
      }
    }
    const byName = partners.byName.get(toCompareKey(r.name));
    let existing = r.externalId ? partners.byExt.get(r.externalId) : byName;
    if (r.externalId && !existing && byName) {
      if (byName.externalId) b.fail(report, 'externalId', `partner '${byName.name}' bestaat al met extern id '${byName.externalId}'. Gebruik dat id of laat de cel leeg.`);
      else existing = byName; // adopt the id for a partner first imported by name
    }
    if (existing && byName && byName.id !== existing.id) b.fail(report, 'name', `de naam '${r.name}' hoort al bij een andere partner (extern id '${byName.externalId ?? '—'}').`);
    const near = findNearDuplicate(r.name, r.region, snap.partners.filter((p) => p.id !== existing?.id));
    if (near) report.warnings.push(`lijkt op partner '${near.name}'${near.region ? ` (${near.region})` : ''} in het register; is het dezelfde? Gebruik dan dezelfde naam.`);
    const nearInFile = findNearDuplicate(r.name, r.region, seenInFile);
    if (nearInFile) report.warnings.push(`lijkt op '${nearInFile.name}' in rij ${nearInFile.row} van dit bestand; is het dezelfde?`);
    seenInFile.push({ name: r.name, region: r.region ?? null, row });
    if (!existing) {
      ops.push({ op: 'createPartner', key: `partner:${row}`, category: category ?? null, data: { name: r.name, sector: r.sector ?? null, region: r.region ?? null, aliases: r.aliases ?? [], externalId: r.externalId ?? null } });
      b.finish(report, 'new', ops);
      continue;
    }
    // An empty extern id cell never clears a stored id: it is the key of other imports.
    const changed = changedFields(existing, { name: r.name, sector: r.sector, region: r.region, aliases: r.aliases, externalId: r.externalId ?? undefined });
    const categoryChanged = category !== undefined && !('id' in (category ?? {}) && (category as { id: string }).id === existing.categoryId) && !(category === null && existing.categoryId === null);
    const fields = [...Object.keys(changed), ...(categoryChanged ? ['category'] : [])];
    if (fields.length === 0) b.finish(report, 'unchanged', ops);
    else b.finish(report, 'changed', [...ops, { op: 'updatePartner', id: existing.id, ...(categoryChanged ? { category } : {}), data: changed }], fields);
  }
  b.plan.unknownCategories = [...unknown.values()];
}

function planContacts(rows: ImportRow<ContactRecord>[], snap: RegisterSnapshot, b: PlanBuilder) {
  const partners = indexPartners(snap.partners);
  const byKey = new Map(snap.contacts.map((c) => [`${c.partnerId}\u0000${toCompareKey(c.name)}`, c]));
  for (const { row, record: r } of rows) {
    const report = b.start(row, `${r.name} – ${r.partner}`);
    const partner = partners.find(r.partner);
    if (!partner) {
      b.fail(report, 'partner', unknownPartner(r.partner));
      continue;
    }
    const existing = byKey.get(`${partner.id}\u0000${toCompareKey(r.name)}`);
    if (!existing) {
      b.finish(report, 'new', [{ op: 'createContact', partnerId: partner.id, data: { name: r.name, level: r.level, jobTitle: r.jobTitle ?? null, email: r.email ?? null, phone: r.phone ?? null, expertise: r.expertise ?? [] } }]);
      continue;
    }
    const changed = changedFields(existing, { name: r.name, jobTitle: r.jobTitle, level: r.level, email: r.email, phone: r.phone, expertise: r.expertise });
    if (Object.keys(changed).length === 0) b.finish(report, 'unchanged', []);
    else b.finish(report, 'changed', [{ op: 'updateContact', id: existing.id, data: changed }], Object.keys(changed));
  }
}

function planStaff(rows: ImportRow<StaffRecord>[], snap: RegisterSnapshot, b: PlanBuilder) {
  const byExt = new Map(snap.staff.filter((p) => p.externalId).map((p) => [p.externalId!, p]));
  const byEmail = new Map(snap.staff.filter((p) => p.email).map((p) => [p.email!.toLowerCase(), p]));
  // Teams as the transaction will see them: existing ones by id, new ones by key.
  const teams = new Map<string, { ref: Ref; name: string; channelRef: string | null; members: Map<string, boolean> }>();
  for (const t of snap.teams) teams.set(toCompareKey(t.name), { ref: { id: t.id }, name: t.name, channelRef: t.channelRef, members: new Map() });
  for (const s of snap.staff) for (const m of s.memberships) for (const t of teams.values()) if ('id' in t.ref && t.ref.id === m.teamId) t.members.set(s.id, m.isLead);
  const channelOwner = new Map(snap.teams.filter((t) => t.channelRef).map((t) => [t.channelRef!, t.name]));
  for (const ref of snap.otherChannels ?? []) channelOwner.set(ref, 'een team van een andere organisatie');
  const seenNames: { name: string; row: number }[] = [];
  for (const { row, record: r } of rows) {
    const report = b.start(row, r.name);
    const byMail = r.email ? byEmail.get(r.email) : undefined;
    let existing = r.externalId ? byExt.get(r.externalId) : byMail;
    if (r.externalId && !existing && byMail) {
      if (byMail.externalId) b.fail(report, 'externalId', `${r.email} heeft al personeelsnummer '${byMail.externalId}'. Gebruik dat nummer of laat de cel leeg.`);
      else existing = byMail;
    }
    if (existing && byMail && byMail.id !== existing.id) b.fail(report, 'email', `het e-mailadres ${r.email} hoort al bij ${byMail.name}.`);
    const near = findNearDuplicate(r.name, null, [...snap.staff.filter((s) => s.id !== existing?.id), ...seenNames]);
    if (near) report.warnings.push(`lijkt op medewerker '${near.name}'${'row' in near ? ` in rij ${String(near.row)}` : ''}; is het dezelfde persoon?`);
    seenNames.push({ name: r.name, row });
    let channel = r.teamChannel?.replace(/^#/, '').trim() || undefined;
    if (channel && (r.teams ?? []).length !== 1) {
      b.fail(report, 'teamChannel', 'een teamkanaal hoort bij precies één team; noem in deze rij één team of laat het kanaal leeg.');
      channel = undefined;
    }
    const ops: ImportOp[] = [];
    const fields: string[] = [];
    const staffKey = `staff:${row}`;
    const staffRef: Ref = existing ? { id: existing.id } : { key: staffKey };
    if (!existing) ops.push({ op: 'createStaff', key: staffKey, data: { name: r.name, email: r.email ?? null, role: r.role ?? 'staff', expertise: r.expertise ?? [], externalId: r.externalId ?? null } });
    else {
      const changed = changedFields(existing, { name: r.name, email: r.email, role: r.role, expertise: r.expertise, externalId: r.externalId ?? undefined });
      if (Object.keys(changed).length > 0) ops.push({ op: 'updateStaff', id: existing.id, data: changed });
      fields.push(...Object.keys(changed));
    }
    const memberId = existing?.id ?? staffKey;
    // A 'teamleider' leads the teams named in their row. Memberships are only added,
    // never removed, so an import cannot silently take a lead out of their team.
    const leads = (r.role ?? existing?.role) === 'lead';
    let teamsCreated = 0;
    for (const teamName of r.teams ?? []) {
      const key = toCompareKey(teamName);
      let team = teams.get(key);
      if (!team) {
        team = { ref: { key: `team:${key}` }, name: teamName, channelRef: channel ?? null, members: new Map() };
        teams.set(key, team);
        ops.push({ op: 'createTeam', key: `team:${key}`, name: teamName, channelRef: channel ?? null });
        teamsCreated += 1;
        if (channel) fields.push('teamChannel');
      } else if (channel && team.channelRef !== channel) {
        const ref = team.ref;
        const createdEarlier = 'key' in ref ? b.plan.ops.find((o) => o.op === 'createTeam' && o.key === ref.key) : undefined;
        if ('id' in ref) ops.push({ op: 'setTeamChannel', id: ref.id, channelRef: channel });
        else if (createdEarlier?.op === 'createTeam' && createdEarlier.channelRef === null) createdEarlier.channelRef = channel;
        else b.fail(report, 'teamChannel', `team '${team.name}' kreeg eerder in dit bestand kanaal '${team.channelRef ?? '—'}'; geef één kanaal per team.`);
        team.channelRef = channel;
        fields.push('teamChannel');
      }
      if (channel) {
        const owner = channelOwner.get(channel);
        if (owner && toCompareKey(owner) !== key) b.fail(report, 'teamChannel', `kanaal '${channel}' is al het teamkanaal van '${owner}'.`);
        channelOwner.set(channel, team.name);
      }
      const isLead = team.members.get(memberId);
      if (isLead === undefined) {
        ops.push({ op: 'addMember', staff: staffRef, team: team.ref, isLead: leads });
        team.members.set(memberId, leads);
        fields.push('teams');
      } else if (leads && !isLead && existing && 'id' in team.ref) {
        ops.push({ op: 'makeLead', staffId: existing.id, teamId: team.ref.id });
        team.members.set(memberId, true);
        fields.push('role');
      }
    }
    if (report.status === 'error') continue;
    b.plan.teamsCreated += teamsCreated;
    const unique = [...new Set(fields)];
    b.finish(report, !existing ? 'new' : unique.length > 0 ? 'changed' : 'unchanged', ops, existing ? unique : []);
    if (!existing) {
      if (r.email) byEmail.set(r.email, { id: staffKey, name: r.name, email: r.email, externalId: r.externalId ?? null, role: r.role ?? 'staff', expertise: [], memberships: [] });
      if (r.externalId) byExt.set(r.externalId, { id: staffKey, name: r.name, email: r.email ?? null, externalId: r.externalId, role: r.role ?? 'staff', expertise: [], memberships: [] });
    }
  }
}

function planAssignments(rows: ImportRow<AssignmentRecord>[], snap: RegisterSnapshot, b: PlanBuilder) {
  const findStaff = (ref: string) =>
    snap.staff.find((p) => p.email?.toLowerCase() === ref.trim().toLowerCase()) ?? snap.staff.find((p) => p.externalId === ref.trim());
  const partners = indexPartners(snap.partners);
  const byKey = new Map(snap.assignments.map((a) => [`${a.staffId}|${a.partnerId}|${a.level}`, a]));
  const planned = new Set<string>();
  for (const { row, record: r } of rows) {
    const person = findStaff(r.staff);
    const partner = partners.find(r.partner);
    const report = b.start(row, `${person?.name ?? r.staff} – ${partner?.name ?? r.partner} (${r.level})`);
    if (!person) b.fail(report, 'staff', `onbekende medewerker '${r.staff}'. Gebruik het e-mailadres of personeelsnummer, of importeer eerst de medewerkers.`);
    if (!partner) b.fail(report, 'partner', unknownPartner(r.partner));
    if (!person || !partner) continue;
    const key = `${person.id}|${partner.id}|${r.level}`;
    const existing = byKey.get(key);
    if (!existing && !planned.has(key)) {
      planned.add(key);
      b.finish(report, 'new', [{ op: 'createAssignment', staffId: person.id, partnerId: partner.id, level: r.level, kind: r.kind ?? 'owner' }]);
    } else if (existing && r.kind && r.kind !== existing.kind) b.finish(report, 'changed', [{ op: 'updateAssignment', id: existing.id, kind: r.kind }], ['kind']);
    else b.finish(report, 'unchanged', []);
  }
}
