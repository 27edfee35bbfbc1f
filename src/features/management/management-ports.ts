// What management's own rhythm needs from storage; src/store/management-store.ts implements it.

export interface Manager {
  id: string;
  name: string;
  language: string | null;
}

export type ManagementCadence = 'monthly' | 'quarterly';

export interface ManagementPorts {
  /**
   * Management: role manager, or anyone outside every team who holds strategic
   * assignments (team members already have the weekly check-in). Present today only.
   */
  listManagement(organisationId: string, localDate: string): Promise<Manager[]>;
  findCadence(organisationId: string): Promise<ManagementCadence>;
}
