/** Where to go after sign-in: only a path inside the admin area, never another site. */
export function adminRedirectTarget(raw: unknown): string {
  if (typeof raw !== "string") return "/admin";
  if (!/^\/admin(\/[A-Za-z0-9\-_/?=&%.]*)?$/.test(raw) || raw.startsWith("//") || raw.includes("..")) return "/admin";
  return raw;
}
