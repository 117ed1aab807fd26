import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getRevision } from "@/db/queries/admin-news-read";
import { requireRole } from "@/lib/auth/dal";
import { diffLines, hasChanges, type DiffLine } from "@/lib/news/line-diff";
import { adminText } from "@/lib/i18n/admin-text";
import { newsTime } from "../../../news-time";
import { parseId } from "@/lib/admin/forms";
import { loadArticleOr404 } from "../../../load";
import { RestoreForm } from "./restore-form";
import "../../../news.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await adminText("news")).t("history.compareTitle") };
}

type Props = { params: Promise<{ id: string; revisionId: string }> };

const signs = { same: " ", added: "+", removed: "−" } as const;
type HistoryWords = Awaited<ReturnType<typeof adminText<"news">>>["t"];

function Diff({ label, lines, t }: { label: string; lines: DiffLine[]; t: HistoryWords }) {
  const spoken = { same: "", added: t("history.onlyNow"), removed: t("history.onlyThen") };
  return (
    <section className="diff-section" aria-label={label}>
      <h2>{label}</h2>
      {!hasChanges(lines) ? (
        <p>{t("history.noDifferences")}</p>
      ) : (
        <table className="diff">
          <thead className="visually-hidden">
            <tr>
              <th scope="col">{t("history.lineThen")}</th>
              <th scope="col">{t("history.lineNow")}</th>
              <th scope="col">{t("history.change")}</th>
              <th scope="col">{t("history.text")}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line, i) => (
              <tr key={i} className={`diff--${line.kind}`}>
                <td className="diff__num">{line.oldLine ?? ""}</td>
                <td className="diff__num">{line.newLine ?? ""}</td>
                <td className="diff__sign" aria-hidden="true">
                  {signs[line.kind]}
                </td>
                <td>
                  {spoken[line.kind] ? <span className="visually-hidden">{spoken[line.kind]}</span> : null}
                  {line.text || "\u00a0"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export default async function RevisionPage({ params }: Props) {
  await requireRole("editor");
  const { id, revisionId } = await params;
  const article = await loadArticleOr404(id);
  const rid = parseId(revisionId);
  if (rid === null) notFound();
  const revision = await getRevision(await getDb(), article.id, rid);
  if (!revision) notFound();
  const isCurrent = revision.version === article.version;
  const { locale, t } = await adminText("news");

  return (
    <>
      <div className="news-head">
        <h1>{t("history.versionOf", { version: revision.version, title: article.title })}</h1>
        <ul className="news-links">
          <li>
            <a href={`/admin/news/${article.id}/revisions`}>{t("history.allRevisions")}</a>
          </li>
          <li>
            <a href={`/admin/news/${article.id}`}>{t("history.editor")}</a>
          </li>
        </ul>
      </div>
      <p>
        {t("history.savedBy", { time: newsTime(locale, revision.savedAt), who: revision.savedBy })}{" "}
        {isCurrent ? t("history.isCurrent") : t("history.currentIs", { version: article.version })}
      </p>
      {!isCurrent ? (
        <>
          <p className="field-hint">
            {t("history.legend", { version: revision.version })}
          </p>
          <RestoreForm id={article.id} revisionId={revision.id} version={article.version} revisionVersion={revision.version} />
        </>
      ) : null}
      <Diff label={t("history.diffTitle")} lines={diffLines(revision.title, article.title)} t={t} />
      <Diff label={t("history.diffLede")} lines={diffLines(revision.lede, article.lede)} t={t} />
      <Diff label={t("history.diffBody")} lines={diffLines(revision.body, article.body)} t={t} />
    </>
  );
}
