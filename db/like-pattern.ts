// LIKE patterns built from text someone typed (a search box, a slug): `%`, `_`
// and `\` in it are looked for literally, never as wildcards.

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Matches values that contain `text` anywhere. */
export function likePattern(text: string): string {
  return `%${escapeLike(text)}%`;
}
