// The privacy guard for register files: a cell that looks like it holds a BSN refuses
// its row, naming row and column but never repeating the number.
import { containsBsn } from '../domain/bsn.ts';

export const BSN_CELL_MESSAGE =
  'deze cel lijkt een BSN te bevatten. Cliëntgegevens horen niet in RRO-bot (AVG): haal het nummer uit het bestand en importeer opnieuw; er is niets opgeslagen.';

/** The fields whose cell text holds a BSN-like number. */
export function findBsnCells(cells: Record<string, string>): string[] {
  return Object.entries(cells)
    .filter(([, text]) => containsBsn(text))
    .map(([field]) => field);
}
