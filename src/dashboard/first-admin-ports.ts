// The first admin of a fresh install without a chat platform (playground): who has
// nobody to choose yet sets up the organisation and becomes its admin.
export interface FirstAdminPorts {
  /** True once any organisation has an admin. */
  hasAdmin(): Promise<boolean>;
  /** Creates (or completes) the organisation and its first admin; null when an admin exists meanwhile. */
  createFirstAdmin(input: { organisationName: string; name: string; email: string }): Promise<string | null>;
}
