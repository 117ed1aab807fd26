import type { WallPartner, WallRole } from "@/db/queries/partners";
import type { SiteText } from "@/lib/i18n/site-text";
import type { Locale } from "@/lib/site-config";

type Props = { locale: Locale; roles: WallRole[]; variant: "page" | "footer"; t: SiteText["partners"] };

function roleLabel(role: WallRole, locale: Locale) {
  return locale === "ru" ? role.labelRu : role.labelEn;
}

function partnerName(partner: WallPartner, locale: Locale) {
  return locale === "ru" ? partner.nameRu : partner.nameEn;
}

type Loading = "lazy" | "eager" | "first";

/**
 * A partner's logo and name; the logo links to its site in a new tab. Logos load
 * lazily, except the leading ones at the top of the partners page: those are in
 * the first screen (the first is that page's largest paint), so they load at once
 * and the first with high priority.
 */
function PartnerCard({
  partner,
  label,
  locale,
  showLabel,
  loading = "lazy",
  t,
}: {
  partner: WallPartner;
  label: string;
  locale: Locale;
  showLabel: boolean;
  loading?: Loading;
  t: SiteText["partners"];
}) {
  const name = partnerName(partner, locale);
  const logo = partner.logo ? (
    <img
      src={partner.logo.url}
      alt={name}
      width={partner.logo.width}
      height={partner.logo.height}
      loading={loading === "lazy" ? "lazy" : "eager"}
      fetchPriority={loading === "first" ? "high" : undefined}
      decoding="async"
    />
  ) : (
    <span className="partner-card__placeholder" aria-hidden="true">
      {name.slice(0, 1)}
    </span>
  );
  return (
    <li className="partner-card">
      {partner.url ? (
        <a className="partner-card__logo" href={partner.url} target="_blank" rel="noopener noreferrer">
          {logo}
          <span className="visually-hidden"> {t("opensInNewTab")}</span>
        </a>
      ) : (
        <span className="partner-card__logo">{logo}</span>
      )}
      <span className="partner-card__name">{name}</span>
      {showLabel ? <span className="partner-card__role">{label}</span> : null}
    </li>
  );
}

/**
 * Organizers, the forum operator, then every partner grouped by role, in the
 * order staff set. The page variant gives each role a heading; the footer
 * variant, like the old site, labels each partner with its role.
 */
export function PartnerWall({ locale, roles, variant, t }: Props) {
  const Heading = variant === "page" ? "h2" : "h3";
  const leading = roles.filter((r) => r.kind !== "partner");
  const partnerRoles = roles.filter((r) => r.kind === "partner");

  return (
    <div className={`partner-wall partner-wall--${variant}`}>
      <div className="partner-wall__leading">
        {leading.map((role, roleIndex) => (
          <section key={role.id} className="partner-group partner-group--leading" aria-labelledby={`role-${variant}-${role.key}`}>
            <Heading id={`role-${variant}-${role.key}`} className="partner-group__title">
              {roleLabel(role, locale)}
            </Heading>
            <ul className="partner-grid partner-grid--leading">
              {role.partners.map((p, i) => (
                <PartnerCard
                  key={p.id}
                  partner={p}
                  label={roleLabel(role, locale)}
                  locale={locale}
                  showLabel={false}
                  t={t}
                  loading={variant === "footer" ? "lazy" : roleIndex === 0 && i === 0 ? "first" : "eager"}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
      {variant === "page" ? (
        partnerRoles.map((role) => (
          <section key={role.id} className="partner-group" aria-labelledby={`role-page-${role.key}`}>
            <h2 id={`role-page-${role.key}`} className="partner-group__title">
              {roleLabel(role, locale)}
            </h2>
            <ul className="partner-grid">
              {role.partners.map((p) => (
                <PartnerCard key={p.id} partner={p} label={roleLabel(role, locale)} locale={locale} showLabel t={t} />
              ))}
            </ul>
          </section>
        ))
      ) : partnerRoles.length > 0 ? (
        <section className="partner-group" aria-labelledby="role-footer-partners">
          <h3 id="role-footer-partners" className="partner-group__title">
            {t("partners")}
          </h3>
          <ul className="partner-grid partner-grid--compact">
            {partnerRoles.flatMap((role) =>
              role.partners.map((p) => (
                <PartnerCard key={p.id} partner={p} label={roleLabel(role, locale)} locale={locale} showLabel t={t} />
              )),
            )}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
