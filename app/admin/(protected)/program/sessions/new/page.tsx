import { SessionForm } from "@/components/admin/program/session-form";
import { getDb } from "@/db";
import { getCurrentEdition } from "@/db/queries/admin-program-read";
import { requireRole } from "@/lib/auth/dal";
import { adminText } from "@/lib/i18n/admin-text";
import { emptySessionValues } from "@/lib/program/session-form-values";
import { createSessionAction, previewSessionAction } from "../actions";
import { editorContext } from "../editor-context";
import "../../program.css";

export async function generateMetadata() {
  return { title: (await adminText("programSessions")).t("addSession") };
}

export default async function NewSessionPage() {
  await requireRole("editor");
  const { locale, t } = await adminText("programSessions");
  const db = await getDb();
  const edition = await getCurrentEdition(db);
  return (
    <div className="program-admin">
      <p>
        <a href="/admin/program">{t("backToProgramme")}</a>
      </p>
      <h1>{t("addSession")}</h1>
      {edition ? (
        <SessionForm
          {...await editorContext(db, edition, locale)}
          action={createSessionAction}
          preview={previewSessionAction}
          initial={{ ...emptySessionValues, day: edition.startsOn }}
          submitLabel={t("addSession")}
        />
      ) : (
        <p className="form-error" role="alert">
          {t("noEditionToAdd")}
        </p>
      )}
    </div>
  );
}
