import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getRevision } from "@/db/queries/admin-news-read";
import { requireRole } from "@/lib/auth/dal";
import { diffLines, hasChanges, type DiffLine } from "@/lib/news/line-diff";
import { formatWallTime } from "@/lib/news/moscow-time";
import { parseId } from "@/lib/admin/forms";
import { loadArticleOr404 } from "../../../load";
import { RestoreForm } from "./restore-form";
import "../../../news.css";

export const metadata: Metadata = { title: "Compare revision" };

type Props = { params: Promise<{ id: string; revisionId: string }> };

const signs = { same: " ", added: "+", removed: "−" } as const;
const spoken = { same: "", added: "Only in the current text: ", removed: "Only in this version: " } as const;

function Diff({ label, lines }: { label: string; lines: DiffLine[] }) {
  return (
    <section className="diff-section" aria-label={label}>
      <h2>{label}</h2>
      {!hasChanges(lines) ? (
        <p>No differences.</p>
      ) : (
        <table className="diff">
          <thead className="visually-hidden">
            <tr>
              <th scope="col">Line in this version</th>
              <th scope="col">Line in the current text</th>
              <th scope="col">Change</th>
              <th scope="col">Text</th>
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

  return (
    <>
      <div className="news-head">
        <h1>
          Version {revision.version} of “{article.title}”
        </h1>
        <ul className="news-links">
          <li>
            <a href={`/admin/news/${article.id}/revisions`}>← All revisions</a>
          </li>
          <li>
            <a href={`/admin/news/${article.id}`}>Editor</a>
          </li>
        </ul>
      </div>
      <p>
        Saved {formatWallTime(revision.savedAt)} (Moscow time) by {revision.savedBy}.{" "}
        {isCurrent ? "This is the current version." : `The current version is ${article.version}.`}
      </p>
      {!isCurrent ? (
        <>
          <p className="field-hint">
            Lines marked − are only in version {revision.version}; lines marked + are only in the current text.
          </p>
          <RestoreForm id={article.id} revisionId={revision.id} version={article.version} revisionVersion={revision.version} />
        </>
      ) : null}
      <Diff label="Title" lines={diffLines(revision.title, article.title)} />
      <Diff label="Lede" lines={diffLines(revision.lede, article.lede)} />
      <Diff label="Body" lines={diffLines(revision.body, article.body)} />
    </>
  );
}
