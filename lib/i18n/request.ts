// next-intl's per-request config. Pages call setRequestLocale() first, so the
// locale comes from the route and no page reads request headers (which would
// make it dynamic and uncacheable).
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, siteConfig } from "@/lib/site-config";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = requested && isLocale(requested) ? requested : defaultLocale;
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    timeZone: siteConfig.timeZone,
  };
});
