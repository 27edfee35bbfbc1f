// The seven success factors (slaagfactoren) on which regional collaborations (VAZ, IZA)
// are evaluated. The names are the guidance's own and stored as-is on success stories.
export const SLAAGFACTOREN = [
  'Resultaten', 'Stakeholders & belangen', 'De spelers', 'Opdrachten', 'Organisatie', 'Resources & competenties', 'Leren',
] as const;

export type Slaagfactor = (typeof SLAAGFACTOREN)[number];
