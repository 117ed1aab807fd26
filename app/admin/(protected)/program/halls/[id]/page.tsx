import { notFound } from "next/navigation";
import { SetupEditPage } from "@/components/admin/program/setup-edit-page";
import { getDb } from "@/db";
import { getSetupItem } from "@/db/queries/admin-program-setup";
import { parseId } from "@/lib/admin/forms";
import { requireRole } from "@/lib/auth/dal";
import { adminText } from "@/lib/i18n/admin-text";
import { deleteHallAction, saveHallAction } from "../../_setup/actions";
import "../../../partners/partners.css";
import "../../_setup/setup.css";

export async function generateMetadata() {
  return { title: (await adminText("programSetup")).t("hall.editTitle") };
}

export default async function EditHallPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("editor");
  const id = parseId((await params).id);
  const item = id ? await getSetupItem(await getDb(), "hall", id) : null;
  if (!item) notFound();
  return <SetupEditPage kind="hall" item={item} save={saveHallAction} remove={deleteHallAction} />;
}
