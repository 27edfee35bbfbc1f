// The one error every layer throws when text to be stored holds a BSN-like number:
// the dispatcher turns it into the refusal the person sees (privacy.bsn_refused).
import { DomainError } from './domain-error.ts';

export const BSN_REFUSED = 'bsn_refused';

/** `where` names the field or column, never the text itself. */
export function bsnRefusedError(where?: string): DomainError {
  return new DomainError(
    'bsn_refused', // = BSN_REFUSED; a literal, so the prompt test finds its text
    'De tekst lijkt een BSN te bevatten. Dat wordt niet opgeslagen: cliëntgegevens horen niet in RRO-bot (AVG). Haal het nummer weg en probeer opnieuw.',
    { promptKey: 'privacy.bsn_refused', ...(where ? { field: where } : {}) },
  );
}
