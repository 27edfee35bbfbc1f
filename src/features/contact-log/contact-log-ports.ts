// What the contact-log form needs beyond the common register ports: a contact
// logged from a nudge settles that nudge.
export interface ContactLogPorts {
  /** Sets outcome 'logged' on the actor's own nudge; false when it is not theirs or unknown. */
  markNudgeLogged(nudgeId: string, staffId: string, at: Date): Promise<boolean>;
}
