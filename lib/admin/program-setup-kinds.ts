// How the hall, track and format lists are built in the admin: addresses and
// the fields of each form. Shared by the server pages and the client form (no
// server code here). Their words (titles, labels, hints, notices) are in
// messages/admin/<locale>/programSetup.json: a field's label and hint are keys
// of that namespace, a kind's own words are under its name ("hall.title").
import type { SetupKind } from "@/db/queries/admin-program-setup";

type SetupField = {
  name: string;
  /** Keys into programSetup. */
  label: string;
  hint?: string;
  type: "text" | "textarea" | "color" | "checkbox" | "slug";
  lang?: "ru";
  required?: boolean;
  maxLength?: number;
};

export type SetupKindInfo = {
  path: string;
  fields: SetupField[];
  /** Values of a new item's form. */
  blank: Record<string, string>;
};

const names: SetupField[] = [
  { name: "nameEn", label: "fields.nameEn", type: "text", required: true, maxLength: 200 },
  { name: "nameRu", label: "fields.nameRu", type: "text", required: true, maxLength: 200, lang: "ru" },
];

export const setupKinds: Record<SetupKind, SetupKindInfo> = {
  hall: {
    path: "/admin/program/halls",
    fields: [
      ...names,
      { name: "slug", label: "fields.slug", type: "slug", required: true, maxLength: 200, hint: "hall.slugHint" },
      { name: "directionsEn", label: "fields.directionsEn", type: "textarea", maxLength: 1000, hint: "fields.directionsEnHint" },
      { name: "directionsRu", label: "fields.directionsRu", type: "textarea", maxLength: 1000, lang: "ru" },
    ],
    blank: { id: "", slug: "", nameEn: "", nameRu: "", directionsEn: "", directionsRu: "" },
  },
  track: {
    path: "/admin/program/tracks",
    fields: [
      ...names,
      { name: "slug", label: "fields.slug", type: "slug", required: true, maxLength: 200, hint: "track.slugHint" },
      { name: "color", label: "fields.color", type: "color", required: true, hint: "fields.colorHint" },
    ],
    blank: { id: "", slug: "", nameEn: "", nameRu: "", color: "#1f6feb" },
  },
  format: {
    path: "/admin/program/formats",
    fields: [
      ...names,
      { name: "key", label: "fields.key", type: "slug", required: true, maxLength: 50, hint: "fields.keyHint" },
      { name: "isService", label: "fields.isService", type: "checkbox", hint: "fields.isServiceHint" },
      { name: "spansAllHalls", label: "fields.spansAllHalls", type: "checkbox", hint: "fields.spansAllHallsHint" },
    ],
    blank: { id: "", key: "", nameEn: "", nameRu: "", isService: "", spansAllHalls: "" },
  },
};

/** The notices a list page shows after a change (?notice=…): their kind, and their text's key under the kind's name. */
export const setupNotices: Record<string, { kind: "notice" | "error"; key: "added" | "saved" | "deleted" | "notFound" | "moveFailed" }> = {
  added: { kind: "notice", key: "added" },
  saved: { kind: "notice", key: "saved" },
  deleted: { kind: "notice", key: "deleted" },
  "move-failed": { kind: "error", key: "moveFailed" },
  "not-found": { kind: "error", key: "notFound" },
};
