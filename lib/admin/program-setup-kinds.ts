// How the hall, track and format lists read in the admin: names, addresses,
// and the fields of each form with labels and hints. Shared by the server
// pages and the client form (no server code here).
import type { SetupKind } from "@/db/queries/admin-program-setup";

type SetupField = {
  name: string;
  label: string;
  type: "text" | "textarea" | "color" | "checkbox" | "slug";
  hint?: string;
  lang?: "ru";
  required?: boolean;
  maxLength?: number;
};

export type SetupKindInfo = {
  noun: string;
  plural: string;
  title: string;
  path: string;
  intro: string;
  fields: SetupField[];
  /** Values of a new item's form. */
  blank: Record<string, string>;
};

const names: SetupField[] = [
  { name: "nameEn", label: "Name in English", type: "text", required: true, maxLength: 200 },
  { name: "nameRu", label: "Name in Russian", type: "text", required: true, maxLength: 200, lang: "ru" },
];

export const setupKinds: Record<SetupKind, SetupKindInfo> = {
  hall: {
    noun: "hall",
    plural: "halls",
    title: "Halls",
    path: "/admin/program/halls",
    intro: "The rooms of the current edition, in the order the programme shows them (its columns and the hall filter).",
    fields: [
      ...names,
      { name: "slug", label: "Web name", type: "slug", required: true, maxLength: 200, hint: "Used in the programme's filter address, e.g. hall-a. Lowercase Latin letters, digits and hyphens." },
      { name: "directionsEn", label: "Directions in English", type: "textarea", maxLength: 1000, hint: "Building, floor, how to find it. Optional." },
      { name: "directionsRu", label: "Directions in Russian", type: "textarea", maxLength: 1000, lang: "ru" },
    ],
    blank: { id: "", slug: "", nameEn: "", nameRu: "", directionsEn: "", directionsRu: "" },
  },
  track: {
    noun: "track",
    plural: "tracks",
    title: "Tracks",
    path: "/admin/program/tracks",
    intro: "The themes sessions belong to, in the order the programme's track filter lists them. The colour is shown beside the track's name, never instead of it.",
    fields: [
      ...names,
      { name: "slug", label: "Web name", type: "slug", required: true, maxLength: 200, hint: "Used in the programme's filter address, e.g. investment. Lowercase Latin letters, digits and hyphens." },
      { name: "color", label: "Colour", type: "color", required: true, hint: "Pick a colour that stays readable beside white text." },
    ],
    blank: { id: "", slug: "", nameEn: "", nameRu: "", color: "#1f6feb" },
  },
  format: {
    noun: "format",
    plural: "formats",
    title: "Session formats",
    path: "/admin/program/formats",
    intro: "What kind of session it is (panel, workshop, break…), in the order the format filter lists them.",
    fields: [
      ...names,
      { name: "key", label: "Key", type: "slug", required: true, maxLength: 50, hint: "A short internal name, e.g. round_table: lowercase Latin letters, digits and underscores." },
      { name: "isService", label: "Service slot (no page, no speakers)", type: "checkbox", hint: "For registration, breaks, lunch: listed in the programme, but without a page, speakers or calendar entry." },
      { name: "spansAllHalls", label: "Spans all halls (plenary)", type: "checkbox", hint: "Everyone attends, so the programme shows it once across all halls rather than in one." },
    ],
    blank: { id: "", key: "", nameEn: "", nameRu: "", isService: "", spansAllHalls: "" },
  },
};

export const setupNotices: Record<string, { kind: "notice" | "error"; text: (noun: string, name?: string) => string }> = {
  added: { kind: "notice", text: (noun, name) => `Added the ${noun} “${name ?? ""}”. The public programme shows it now.` },
  saved: { kind: "notice", text: (noun, name) => `Saved the ${noun} “${name ?? ""}”. The public programme shows the change now.` },
  deleted: { kind: "notice", text: (noun) => `The ${noun} was deleted.` },
  "move-failed": { kind: "error", text: () => "The order could not be changed because the database did not answer. Nothing was changed: try again in a moment." },
  "not-found": { kind: "error", text: (noun) => `That ${noun} no longer exists: someone may have deleted it.` },
};
