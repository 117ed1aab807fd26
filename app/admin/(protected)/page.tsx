import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/dal";

export default async function AdminHome() {
  await requireRole("editor");
  redirect("/admin/news");
}
