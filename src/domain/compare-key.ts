// Keys for tolerant matching: "Zorggroep Noord", "zorggroep  noörd" and
// "ZORGGROEP NOORD" are the same partner; "E-mail", "e_mail" and "Email" the same column.

/** Lower case, accents stripped, whitespace collapsed: for names of partners, rubrieken, teams. */
export function toCompareKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Only letters and digits remain: for column headers of spreadsheet exports. */
export function toHeaderKey(text: string): string {
  return toCompareKey(text).replace(/[^a-z0-9]/g, '');
}
