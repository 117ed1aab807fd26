import { SetupListPage } from "@/components/admin/program/setup-list-page";
import { getDb } from "@/db";
import { getCurrentEditionForAdmin, listSetupItems } from "@/db/queries/admin-program-setup";
import { parseId } from "@/lib/admin/forms";
import { requireRole } from "@/lib/auth/dal";
import { adminText } from "@/lib/i18n/admin-text";
import { moveTrackAction, saveTrackAction } from "../_setup/actions";
import "../../partners/partners.css";
import "../_setup/setup.css";

export async function generateMetadata() {
  return { title: (await adminText("programSetup")).t("track.title") };
}

type Props = { searchParams: Promise<{ notice?: string | string[]; id?: string | string[] }> };

export default async function AdminTracksPage({ searchParams }: Props) {
  await requireRole("editor");
  const db = await getDb();
  const edition = await getCurrentEditionForAdmin(db);
  const items = edition ? await listSetupItems(db, "track", edition.id) : [];
  const { notice, id } = await searchParams;
  return (
    <SetupListPage
      kind="track"
      edition={edition}
      items={items}
      notice={typeof notice === "string" ? notice : undefined}
      noticeId={parseId(id) ?? undefined}
      save={saveTrackAction}
      move={moveTrackAction}
    />
  );
}
