/** A feed page number: a positive integer in plain digits ("1", "42"), else null. */
export function parsePageNumber(raw: string | null | undefined): number | null {
  if (raw == null || !/^[1-9][0-9]{0,6}$/.test(raw)) return null;
  return Number(raw);
}
