import type { Metadata } from "next";
import { interCyrillic, interLatin } from "../fonts";
import "../globals.css";
import "./admin.css";

// Staff pages are per-user and never cached or indexed.
export const metadata: Metadata = {
  title: { default: "Podium admin", template: "%s — Podium admin" },
  robots: { index: false, follow: false },
};

export default function AdminRootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={`${interLatin.variable} ${interCyrillic.variable}`}>
      <body className="admin">{children}</body>
    </html>
  );
}
