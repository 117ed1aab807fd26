import type { LiveSession } from "@/db/queries/staff";
import { adminText } from "@/lib/i18n/admin-text";
import type { Locale } from "@/lib/site-config";

type Props = {
  session: LiveSession;
  signOut: () => Promise<void>;
  /** The header's language switch (app/admin/language-action.ts). */
  setLanguage: (formData: FormData) => Promise<void>;
  children: React.ReactNode;
};

/** Header, navigation and main area of every signed-in admin page, in the user's language. */
export async function AdminShell({ session, signOut, setLanguage, children }: Props) {
  const { locale, t } = await adminText("shell");
  const links = [
    { href: "/admin/news", label: t("news") },
    { href: "/admin/partners", label: t("partners") },
    { href: "/admin/program", label: t("program") },
    ...(session.role === "admin"
      ? [
          { href: "/admin/users", label: t("users") },
          { href: "/admin/audit", label: t("audit") },
        ]
      : []),
  ];
  const otherLanguage = t("switchToLang") as Locale;
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipLink")}
      </a>
      <header className="admin-header">
        <div className="admin-header__bar">
          <a className="admin-header__brand" href="/admin">
            {t("brand")}
          </a>
          <nav aria-label={t("navLabel")}>
            <ul className="admin-nav">
              {links.map((link) => (
                <li key={link.href}>
                  <a href={link.href}>{link.label}</a>
                </li>
              ))}
              <li>
                <a href={`/${locale}`} target="_blank" rel="noopener">
                  {t("viewSite")}
                </a>
              </li>
            </ul>
          </nav>
          <div className="admin-header__user">
            <span>
              <a href="/admin/account" title={t("accountTitle")}>
                {session.name}
              </a>{" "}
              <span className="admin-role">{t("role", { role: session.role })}</span>
            </span>
            <form action={setLanguage} aria-label={t("languageLabel")}>
              <input type="hidden" name="language" value={otherLanguage} />
              <button type="submit" className="button button--small button--ghost" lang={otherLanguage}>
                {t("switchTo")}
              </button>
            </form>
            <form action={signOut}>
              <button type="submit" className="button button--small">
                {t("signOut")}
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="admin-main">
        {children}
      </main>
    </>
  );
}
