import type { Metadata } from "next";
import { adminLanguage, adminText } from "@/lib/i18n/admin-text";
import { interCyrillic, interLatin } from "../fonts";
import "../globals.css";
import "./admin.css";

// Staff pages are per-user and never cached or indexed. The tab's title names
// the admin in the reader's language (messages/admin/<locale>/shell.json, brand).
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await adminText("shell");
  const brand = t("brand");
  return { title: { default: brand, template: `%s — ${brand}` }, robots: { index: false, follow: false } };
}

export default async function AdminRootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={await adminLanguage()} className={`${interLatin.variable} ${interCyrillic.variable}`}>
      <body className="admin">{children}</body>
    </html>
  );
}
