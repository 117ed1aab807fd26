// Wording shared by the partners pages and actions, and the list URL with its notice.
export const listNotices = {
  "partner-saved": { kind: "notice", text: (name?: string) => `Saved “${name ?? "the partner"}”. The public pages show the change now.` },
  "partner-deleted": { kind: "notice", text: () => "The partner was deleted." },
  "role-created": { kind: "notice", text: (name?: string) => `Added the role “${name ?? "new role"}”. It appears on the public pages once it has a visible partner.` },
  "role-saved": { kind: "notice", text: (name?: string) => `Saved the role “${name ?? ""}”.` },
  "role-deleted": { kind: "notice", text: () => "The role was deleted." },
  "move-failed": { kind: "error", text: () => "The order could not be changed because the database did not answer. Nothing was changed: try again in a moment." },
  "not-found": { kind: "error", text: () => "That partner or role no longer exists: someone may have deleted it." },
} as const satisfies Record<string, { kind: "notice" | "error"; text: (name?: string) => string }>;

export type ListNotice = keyof typeof listNotices;

export function isListNotice(value: unknown): value is ListNotice {
  return typeof value === "string" && Object.hasOwn(listNotices, value);
}

export function partnerListUrl({ notice, id, anchor }: { notice?: ListNotice; id?: number; anchor?: string }): string {
  const query = new URLSearchParams();
  if (notice) query.set("notice", notice);
  if (id !== undefined) query.set("id", String(id));
  const search = query.size ? `?${query}` : "";
  return `/admin/partners${search}${anchor ? `#${anchor}` : ""}`;
}

export const roleKindLabels = {
  organizer: { label: "Organizer", hint: "Shown first, at the top of the partner wall and the footer." },
  operator: { label: "Forum operator", hint: "Shown next to the organizers." },
  partner: { label: "Partner", hint: "Grouped under the role's name, after organizers and operator." },
} as const;
