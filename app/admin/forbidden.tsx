import { adminText } from "@/lib/i18n/admin-text";

export default async function Forbidden() {
  const { t } = await adminText("signIn");
  return (
    <main id="main" className="admin-main">
      <h1>{t("forbiddenHeading")}</h1>
      <p>{t("forbiddenText")}</p>
      <p>
        <a href="/admin/news">{t("forbiddenBack")}</a>
      </p>
    </main>
  );
}
