/** Lower case, no accents, straight apostrophes, single spaces: the form every check reads. */
export function normalizeForSafety(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ');
}
