import { getFormatter } from "next-intl/server";
import type { Locale } from "@/lib/site-config";

export async function FormattedDate({ locale, iso }: { locale: Locale; iso: string }) {
  const format = await getFormatter({ locale });
  return <time dateTime={iso}>{format.dateTime(new Date(iso), { dateStyle: "long" })}</time>;
}
