// What closing commitments needs from storage; src/store/commitment-store.ts implements it.

export interface Commitment {
  id: string;
  staffId: string;
  partnerId: string | null;
  partnerName: string | null;
  text: string;
  state: 'open' | 'done' | 'dropped' | 'moved';
  createdAt: Date;
}

export type MoveResult = { kind: 'moved'; roundPeriodKey: string | null; dueDate: string } | { kind: 'not_found' };

export interface CommitmentPorts {
  findCommitment(id: string): Promise<Commitment | null>;
  /** Open commitments of a person, oldest first. */
  listOpen(staffId: string, limit: number): Promise<Commitment[]>;
  /** Open commitments of a person with one partner, newest first (the likeliest one a new contact answers). */
  listOpenWithPartner(staffId: string, partnerId: string): Promise<Commitment[]>;
  /** Sets done or dropped on the person's own open commitment; false when it was not theirs or not open. */
  closeCommitment(id: string, staffId: string, state: 'done' | 'dropped', at: Date): Promise<boolean>;
  /**
   * Carries the person's own open commitment into their team's latest round, so the
   * next check-in follows it up; the old row becomes 'moved'. When it already belongs
   * to that round, only its due date moves a week on. `dueDate` is 'YYYY-MM-DD'.
   */
  moveCommitment(id: string, staffId: string, dueDate: string, at: Date): Promise<MoveResult>;
}
