import { notFound } from "next/navigation";
import { SessionForm } from "@/components/admin/program/session-form";
import { ScheduleWarnings } from "@/components/admin/program/schedule-warnings";
import { getDb } from "@/db";
import { listScheduleWarnings } from "@/db/queries/admin-program";
import { getAdminSession, getSessionEdition, listAdminSessions } from "@/db/queries/admin-program-read";
import { parseId } from "@/lib/admin/forms";
import { requireRole } from "@/lib/auth/dal";
import { adminText } from "@/lib/i18n/admin-text";
import { programPaths } from "@/lib/program/paths";
import { sessionFormValues } from "@/lib/program/session-form-values";
import { updateSessionAction, previewSessionAction } from "../actions";
import { editorContext } from "../editor-context";
import { warningNames } from "../../warning-names";
import "../../program.css";

export async function generateMetadata() {
  return { title: (await adminText("programSessions")).t("editSession") };
}

const notices: Record<string, "created" | "saved"> = { created: "created", saved: "saved" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string | string[] }> };

export default async function EditSessionPage({ params, searchParams }: Props) {
  await requireRole("editor");
  const { locale, t } = await adminText("programSessions");
  const id = parseId((await params).id);
  if (id === null) notFound();
  const db = await getDb();
  const [session, edition] = await Promise.all([getAdminSession(db, id), getSessionEdition(db, id)]);
  if (!session || !edition) notFound();
  const [context, warnings, sessions] = await Promise.all([editorContext(db, edition, locale), listScheduleWarnings(db, edition.id), listAdminSessions(db, edition.id)]);
  const own = warnings.filter((w) => (w.kind === "outside-dates" ? w.code === session.code : w.codes.includes(session.code)));
  const { notice } = await searchParams;
  const noticeKey = typeof notice === "string" && Object.hasOwn(notices, notice) ? notices[notice] : undefined;
  const publicPath = programPaths.session(locale, { code: session.code, slug: { en: session.slugEn, ru: session.slugRu } });
  return (
    <div className="program-admin">
      <p>
        <a href="/admin/program">{t("backToProgramme")}</a>
      </p>
      <h1>
        {session.titleEn} <span className="program-admin__code">{session.code}</span>
      </h1>
      {noticeKey ? (
        <p className="form-notice" role="status">
          {t(`notices.${noticeKey}`)}
        </p>
      ) : null}
      <p>
        <a href={publicPath} target="_blank" rel="noopener">
          {t("publicPage")}
        </a>{" "}
        {t("versionLine", { version: session.version, sequence: session.icsSequence })}
      </p>
      <ScheduleWarnings warnings={own} names={warningNames(sessions, context.choices)} heading="checkThisSession" />
      <SessionForm
        {...context}
        action={updateSessionAction}
        preview={previewSessionAction}
        initial={sessionFormValues(session, edition.timezone)}
        submitLabel={t("saveChanges")}
      />
    </div>
  );
}
