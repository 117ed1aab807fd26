// Photo upload for one programme person (lib/uploads/image-upload-route.ts: the
// one admin write path for route handlers; the photo pipeline of
// lib/uploads/photo.ts, real sharp decoding and re-encoding with the same limits
// as logos and covers). The media row, the person's photo and the audit entry
// are one transaction; then the programme and the person's speaker pages expire.
import { getAdminPerson, setPersonPhoto } from "@/db/queries/admin-people";
import { staleAfterPersonChange } from "@/lib/program/person-expiry";
import { imageUploadRoute } from "@/lib/uploads/image-upload-route";
import { isPhotoErrorCode, preparePhoto } from "@/lib/uploads/photo";

export const dynamic = "force-dynamic";

export const POST = imageUploadRoute({
  noun: "photo",
  owner: "person",
  editPage: (id) => `/admin/program/people/${id}`,
  exists: getAdminPerson,
  prepare: preparePhoto,
  isErrorCode: isPhotoErrorCode,
  attach: setPersonPhoto,
  label: (person) => ({ name: `${person.firstNameEn} ${person.lastNameEn}` }),
  stale: (person) => staleAfterPersonChange([person.slug]),
});
