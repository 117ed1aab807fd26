// The programme's filters as a plain GET form: works without JavaScript, and
// its result is an address that can be shared (noindex, canonical to the
// unfiltered page). Empty values mean "any".
import type { SiteText } from "@/lib/i18n/site-text";
import type { ProgramFilter, ProgramIndex } from "@/lib/program/view";
import type { Locale } from "@/lib/site-config";

type Props = { index: ProgramIndex; filter: ProgramFilter; action: string; locale: Locale; t: SiteText["program"] };

export function FilterForm({ index, filter, action, locale, t }: Props) {
  const { halls, tracks, formats } = index.snapshot;
  const select = (name: string, label: string, options: { value: string; label: string }[], current: string | undefined) => (
    <p className="program-filter__field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={current ?? ""}>
        <option value="">{t("any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </p>
  );
  return (
    <form className="program-filter" method="get" action={action} aria-labelledby="program-filter-title">
      <h2 id="program-filter-title" className="program-filter__title">
        {t("filterHeading")}
      </h2>
      <div className="program-filter__fields">
        {select("hall", t("hall"), halls.map((h) => ({ value: h.slug, label: h.name[locale] })), filter.hall?.slug)}
        {select("track", t("track"), tracks.map((x) => ({ value: x.slug, label: x.name[locale] })), filter.track?.slug)}
        {select("format", t("format"), formats.filter((f) => !f.isService).map((f) => ({ value: f.key, label: f.name[locale] })), filter.format?.key)}
        <p className="program-filter__actions">
          <button type="submit" className="button button--primary">
            {t("apply")}
          </button>
          <a href={action}>{t("reset")}</a>
        </p>
      </div>
    </form>
  );
}
