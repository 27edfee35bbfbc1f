// What the home view needs beyond the common ports; src/store/home-store.ts implements it.

export interface HomeCommitment {
  id: string;
  text: string;
  partnerName: string | null;
}

export interface HomeAnswer {
  periodKey: string;
  done: string;
  planned: string;
}

export interface HomeRound {
  id: string;
  periodKey: string;
  state: 'open' | 'closed';
}

export interface HomePorts {
  /** Open "ga doen" items of a person, oldest first. */
  listOpenCommitments(staffId: string, limit: number): Promise<HomeCommitment[]>;
  /** The person's newest check-in answer that has any content. */
  findLastAnswer(staffId: string): Promise<HomeAnswer | null>;
  /** The newest round of a team (by opensAt). */
  findLatestRound(teamId: string): Promise<HomeRound | null>;
  countAnswers(roundId: string): Promise<number>;
}
