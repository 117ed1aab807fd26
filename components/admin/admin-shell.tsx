import type { LiveSession } from "@/db/queries/staff";

type Props = { session: LiveSession; signOut: () => Promise<void>; children: React.ReactNode };

/** Header, navigation and main area of every signed-in admin page. */
export function AdminShell({ session, signOut, children }: Props) {
  const links = [
    { href: "/admin/news", label: "News" },
    { href: "/admin/partners", label: "Partners" },
    { href: "/admin/program", label: "Programme" },
    ...(session.role === "admin"
      ? [
          { href: "/admin/users", label: "Users" },
          { href: "/admin/audit", label: "Audit log" },
        ]
      : []),
  ];
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="admin-header">
        <div className="admin-header__bar">
          <a className="admin-header__brand" href="/admin">
            Podium admin
          </a>
          <nav aria-label="Admin">
            <ul className="admin-nav">
              {links.map((link) => (
                <li key={link.href}>
                  <a href={link.href}>{link.label}</a>
                </li>
              ))}
              <li>
                <a href="/en" target="_blank" rel="noopener">
                  View site
                </a>
              </li>
            </ul>
          </nav>
          <div className="admin-header__user">
            <span>
              <a href="/admin/account" title="My account: change your password">
                {session.name}
              </a>{" "}
              <span className="admin-role">{session.role}</span>
            </span>
            <form action={signOut}>
              <button type="submit" className="button button--small">
                Sign out
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
