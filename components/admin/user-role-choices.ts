// The staff roles as the invite and change-role selects offer them.
export const staffRoleChoices = [
  { value: "editor", label: "Editor — news and partners" },
  { value: "admin", label: "Admin — also users and the audit log" },
];
