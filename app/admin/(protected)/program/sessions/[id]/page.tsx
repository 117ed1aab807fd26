import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SessionForm } from "@/components/admin/program/session-form";
import { ScheduleWarnings } from "@/components/admin/program/schedule-warnings";
import { getDb } from "@/db";
import { listScheduleWarnings } from "@/db/queries/admin-program";
import { getAdminSession, getSessionEdition, listAdminSessions } from "@/db/queries/admin-program-read";
import { parseId } from "@/lib/admin/forms";
import { requireRole } from "@/lib/auth/dal";
import { programPaths } from "@/lib/program/paths";
import { sessionFormValues } from "@/lib/program/session-form-values";
import { updateSessionAction, previewSessionAction } from "../actions";
import { editorContext } from "../editor-context";
import { warningNames } from "../../warning-names";
import "../../program.css";

export const metadata: Metadata = { title: "Edit session" };

const notices: Record<string, string> = {
  created: "Added the session. It is on the public programme now (while the programme is public).",
  saved: "Saved. The public pages and calendars show the change now.",
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string | string[] }> };

export default async function EditSessionPage({ params, searchParams }: Props) {
  await requireRole("editor");
  const id = parseId((await params).id);
  if (id === null) notFound();
  const db = await getDb();
  const [session, edition] = await Promise.all([getAdminSession(db, id), getSessionEdition(db, id)]);
  if (!session || !edition) notFound();
  const [context, warnings, sessions] = await Promise.all([editorContext(db, edition), listScheduleWarnings(db, edition.id), listAdminSessions(db, edition.id)]);
  const own = warnings.filter((w) => (w.kind === "outside-dates" ? w.code === session.code : w.codes.includes(session.code)));
  const { notice } = await searchParams;
  const noticeText = typeof notice === "string" ? notices[notice] : undefined;
  const publicPath = programPaths.session("en", { code: session.code, slug: { en: session.slugEn, ru: session.slugRu } });
  return (
    <div className="program-admin">
      <p>
        <a href="/admin/program">← Programme</a>
      </p>
      <h1>
        {session.titleEn} <span className="program-admin__code">{session.code}</span>
      </h1>
      {noticeText ? (
        <p className="form-notice" role="status">
          {noticeText}
        </p>
      ) : null}
      <p>
        <a href={publicPath} target="_blank" rel="noopener">
          Public page
        </a>{" "}
        · Version {session.version} · Calendar sequence {session.icsSequence}
      </p>
      <ScheduleWarnings warnings={own} names={warningNames(sessions, context.choices)} heading="Check this session" />
      <SessionForm
        {...context}
        action={updateSessionAction}
        preview={previewSessionAction}
        initial={sessionFormValues(session, edition.timezone)}
        submitLabel="Save changes"
      />
    </div>
  );
}
