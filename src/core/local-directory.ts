// Who can be chosen in the playground: the staff of the local organisation, with
// their local user id and teams. The store implements it; the adapter only reads.
export interface LocalTeam {
  id: string;
  name: string;
  isLead: boolean;
  channelRef: string | null;
  celebrationChannelRef: string | null;
}

export interface LocalPerson {
  staffId: string;
  name: string;
  role: string;
  language: string;
  platformUserId: string;
  teams: LocalTeam[];
}

export interface LocalDirectory {
  listPeople(): Promise<LocalPerson[]>;
  /** Makes everyone reachable (accounts, simulated channels) before the clock runs jobs. */
  prepare?(): Promise<void>;
}
