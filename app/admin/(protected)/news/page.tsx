import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/dal";

export const metadata: Metadata = { title: "News" };

export default async function AdminNewsPage() {
  await requireRole("editor");
  return <h1>News</h1>;
}
