// Person names as ASCII slugs, for demo e-mail addresses and local platform user ids
// ('Fatma Yılmaz' → 'fatma-yilmaz').

export function slugName(name: string, separator = '-'): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^\\${separator}+|\\${separator}+$`, 'g'), '');
}
