// The ways out of a save conflict (someone saved in between), shown inside the
// error summary: compare with their version, or save over it deliberately
// (the button names the version seen, so a third save in between is caught too).
import { useTranslations } from "next-intl";

export function ConflictActions({ articleId, version }: { articleId: string; version: number }) {
  const t = useTranslations("news.editorExtras");
  return (
    <div className="news-actions" style={{ marginTop: "0.75rem" }}>
      <a href={`/admin/news/${articleId}/revisions`} target="_blank" rel="noopener">
        {t("compareTheirs")}
      </a>
      <button type="submit" name="overwriteVersion" value={version} className="button button--danger button--small">
        {t("saveMine")}
      </button>
    </div>
  );
}
