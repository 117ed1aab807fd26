// A person's suggested slug, shared by the form in the browser (filled as the
// English name is typed) and the server (an empty slug is made from the name,
// so the form works without JavaScript). A module of its own so the client
// bundle does not carry the form's zod schemas.

/** A slug from a Latin name: "Anna-Maria O'Neil" → "anna-maria-o-neil". */
export function slugFromName(first: string, last: string): string {
  return `${first} ${last}`
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 200)
    .replace(/-+$/, "");
}
