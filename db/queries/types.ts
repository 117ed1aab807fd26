// Kept here, not imported from lib/, so db/ depends on nothing of ours.
export type Locale = "en" | "ru";
