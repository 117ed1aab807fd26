import "server-only";
import { unstable_cache } from "next/cache";
import { cacheTags } from "@/db/cache-tags";
import { getDb } from "@/db";
import { listPartnerWall } from "@/db/queries/partners";

/** Roles with their visible partners, in page order; revalidated by the `partners` tag. */
export const getPartnerWall = unstable_cache(async () => listPartnerWall(await getDb()), ["partner-wall"], {
  tags: [cacheTags.partners],
});
