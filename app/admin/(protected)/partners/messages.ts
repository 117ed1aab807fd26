// The partners list's notices and URL; the words are in messages/admin/<locale>/partners.json.
/** Notices the list shows after a redirect (?notice=…), by their key in messages/admin/<locale>/partners.json (`notices`). */
export const listNotices = {
  "partner-saved": { kind: "notice", key: "partnerSaved" },
  "partner-deleted": { kind: "notice", key: "partnerDeleted" },
  "role-created": { kind: "notice", key: "roleCreated" },
  "role-saved": { kind: "notice", key: "roleSaved" },
  "role-deleted": { kind: "notice", key: "roleDeleted" },
  "move-failed": { kind: "error", key: "moveFailed" },
  "not-found": { kind: "error", key: "notFound" },
} as const satisfies Record<string, { kind: "notice" | "error"; key: string }>;

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

/** A role kind's label and hint (messages/admin/<locale>/partners.json, `kinds`). */
export function roleKindOptions(t: (key: `kinds.${"organizer" | "operator" | "partner"}${"" | "Hint"}`) => string) {
  return (["organizer", "operator", "partner"] as const).map((value) => ({ value, label: t(`kinds.${value}`), hint: t(`kinds.${value}Hint`) }));
}
