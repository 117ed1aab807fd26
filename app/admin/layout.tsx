import type { Metadata } from "next";
import { adminLanguage } from "@/lib/i18n/admin-text";
import { interCyrillic, interLatin } from "../fonts";
import "../globals.css";
import "./admin.css";

// Staff pages are per-user and never cached or indexed.
export const metadata: Metadata = {
  title: { default: "Podium admin", template: "%s — Podium admin" },
  robots: { index: false, follow: false },
};

export default async function AdminRootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={await adminLanguage()} className={`${interLatin.variable} ${interCyrillic.variable}`}>
      <body className="admin">{children}</body>
    </html>
  );
}
