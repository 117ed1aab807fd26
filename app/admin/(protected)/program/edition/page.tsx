import { EditionForm } from "@/components/admin/program/edition-form";
import { getDb } from "@/db";
import { getCurrentEdition } from "@/db/queries/admin-program-read";
import { requireRole } from "@/lib/auth/dal";
import { adminText } from "@/lib/i18n/admin-text";
import { updateEditionAction } from "./actions";
import "../program.css";

export async function generateMetadata() {
  return { title: (await adminText("programEdition")).t("title") };
}

export default async function EditionPage() {
  await requireRole("admin");
  const { t } = await adminText("programEdition");
  const edition = await getCurrentEdition(await getDb());
  return (
    <div className="program-admin">
      <p>
        <a href="/admin/program">{t("backToProgramme")}</a>
      </p>
      <h1>{t("title")}</h1>
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
        <p>{t("noEdition")}</p>
      )}
    </div>
  );
}
