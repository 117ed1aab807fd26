// The staff roles as the invite and change-role selects offer them, worded by
// the caller (users.roleChoices in the reader's language).
const staffRoles = ["editor", "admin"] as const;

export function staffRoleChoices(label: (role: (typeof staffRoles)[number]) => string) {
  return staffRoles.map((value) => ({ value, label: label(value) }));
}
