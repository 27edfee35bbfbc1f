// Look-ups that also guard the tenant boundary: an id from another organisation
// is treated exactly like an unknown id.
import { DomainError } from '../core/domain-error.ts';
import type { Category, Partner, Staff, Team } from '../core/register.ts';
import type { RegisterStore, StaffStore } from './register-ports.ts';

export async function requirePartnerInOrganisation(
  store: Pick<RegisterStore, 'findPartner'>, organisationId: string, partnerId: string,
): Promise<Partner> {
  const partner = await store.findPartner(partnerId);
  if (partner?.organisationId === organisationId) return partner;
  throw new DomainError('partner_not_found', 'Deze partner bestaat niet (meer) in jouw organisatie. Zoek de partner op naam en probeer het opnieuw.', { partnerId });
}

export async function requireStaffInOrganisation(
  store: Pick<StaffStore, 'findStaff'>, organisationId: string, staffId: string,
): Promise<Staff> {
  const staff = await store.findStaff(staffId);
  if (staff?.organisationId === organisationId) return staff;
  throw new DomainError('staff_not_found', 'Deze medewerker bestaat niet in jouw organisatie. Controleer de medewerker of voeg hem eerst toe.', { staffId });
}

export async function requireTeamInOrganisation(
  store: Pick<StaffStore, 'findTeam'>, organisationId: string, teamId: string,
): Promise<Team> {
  const team = await store.findTeam(teamId);
  if (team?.organisationId === organisationId) return team;
  throw new DomainError('team_not_found', 'Dit team bestaat niet in jouw organisatie. Controleer het team of maak het eerst aan.', { teamId });
}

export async function requireCategoryInOrganisation(
  store: Pick<RegisterStore, 'findCategory'>, organisationId: string, id: string,
): Promise<Category> {
  const category = await store.findCategory(id);
  if (!category || category.organisationId !== organisationId) {
    throw new DomainError('category_not_in_organisation', 'Deze rubriek bestaat niet (meer) in je organisatie.', { promptKey: 'beheer-org.error_category_gone' });
  }
  return category;
}
