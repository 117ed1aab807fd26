import type { Metadata } from "next";
import { EditionForm } from "@/components/admin/program/edition-form";
import { getDb } from "@/db";
import { getCurrentEdition } from "@/db/queries/admin-program-read";
import { requireRole } from "@/lib/auth/dal";
import { updateEditionAction } from "./actions";
import "../program.css";

export const metadata: Metadata = { title: "Edition settings" };

export default async function EditionPage() {
  await requireRole("admin");
  const edition = await getCurrentEdition(await getDb());
  return (
    <div className="program-admin">
      <p>
        <a href="/admin/program">← Programme</a>
      </p>
      <h1>Edition settings</h1>
      {edition ? (
        <EditionForm
          action={updateEditionAction}
          initial={{
            id: String(edition.id),
            version: String(edition.version),
            titleEn: edition.titleEn,
            titleRu: edition.titleRu,
            startsOn: edition.startsOn,
            endsOn: edition.endsOn,
            timezone: edition.timezone,
            zoneLabelEn: edition.zoneLabelEn,
            zoneLabelRu: edition.zoneLabelRu,
            venueNameEn: edition.venueNameEn,
            venueNameRu: edition.venueNameRu,
            venueAddressEn: edition.venueAddressEn,
            venueAddressRu: edition.venueAddressRu,
            programState: edition.programState,
          }}
        />
      ) : (
        <p>There is no current edition.</p>
      )}
    </div>
  );
}
