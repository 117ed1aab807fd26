import { PartnerMoveButtons } from "@/components/admin/partner-move-buttons";
import { getDb } from "@/db";
import { listAdminPartnerRoles } from "@/db/queries/admin-partners";
import { parseId } from "@/lib/admin/forms";
import { requireRole } from "@/lib/auth/dal";
import { adminText } from "@/lib/i18n/admin-text";
import { movePartnerAction } from "./actions";
import { isListNotice, listNotices } from "./messages";
import { moveRoleAction } from "./roles/actions";
import "./partners.css";

export async function generateMetadata() {
  return { title: (await adminText("partners")).t("listTitle") };
}

type Props = { searchParams: Promise<{ notice?: string | string[]; id?: string | string[] }> };

export default async function AdminPartnersPage({ searchParams }: Props) {
  await requireRole("editor");
  const { t } = await adminText("partners");
  const roles = await listAdminPartnerRoles(await getDb());
  const { notice: rawNotice, id: rawId } = await searchParams;
  const notice = typeof rawNotice === "string" && isListNotice(rawNotice) ? listNotices[rawNotice] : null;
  const noticeId = parseId(rawId);
  const noticeName =
    roles.find((role) => role.id === noticeId && rawNotice?.toString().startsWith("role"))?.labelEn ??
    roles.flatMap((role) => role.partners).find((partner) => partner.id === noticeId && rawNotice?.toString().startsWith("partner"))?.nameEn;

  return (
    <div className="partners-admin">
      <div className="admin-toolbar partners-admin__toolbar">
        <h1>{t("listTitle")}</h1>
        <a className="button button--primary" href="/admin/partners/new">
          {t("addPartner")}
        </a>
        <a className="button button--ghost" href="/admin/partners/roles/new">
          {t("addRole")}
        </a>
      </div>
      {notice ? (
        <p className={notice.kind === "error" ? "form-error" : "form-notice"} role={notice.kind === "error" ? "alert" : "status"}>
          {t(`notices.${notice.key}`, { name: noticeName ?? "" })}
        </p>
      ) : null}
      <p className="field-hint partners-admin__intro">
        {t("intro")}
      </p>
      {roles.length === 0 ? <p>{t("noRoles")}</p> : null}
      {roles.map((role, roleIndex) => (
        <section key={role.id} id={`role-${role.id}`} className="partner-role" aria-labelledby={`role-${role.id}-title`}>
          <div className="partner-role__header">
            <h2 id={`role-${role.id}-title`} className="partner-role__title">
              {role.labelEn} <span lang="ru" className="partner-role__ru">{role.labelRu}</span>
            </h2>
            <span className="badge">{t(`kinds.${role.kind}`)}</span>
            <div className="partner-role__actions">
              <PartnerMoveButtons
                action={moveRoleAction}
                kind="role"
                id={role.id}
                name={t("roleNamed", { name: role.labelEn })}
                canMoveUp={roleIndex > 0}
                canMoveDown={roleIndex < roles.length - 1}
              />
              <a className="button button--small" href={`/admin/partners/roles/${role.id}`} aria-label={t("editRoleNamed", { name: role.labelEn })}>
                {t("editRole")}
              </a>
              <a className="button button--small" href={`/admin/partners/new?role=${role.id}`} aria-label={t("addPartnerHereNamed", { name: role.labelEn })}>
                {t("addPartnerHere")}
              </a>
            </div>
          </div>
          {role.partners.length === 0 ? (
            <p className="partner-role__empty">{t("noPartnersInRole")}</p>
          ) : (
            <table className="admin-table partner-table">
              <caption className="sr-only">{t("tableCaption", { name: role.labelEn })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("logo")}</th>
                  <th scope="col">{t("name")}</th>
                  <th scope="col">{t("website")}</th>
                  <th scope="col">{t("onTheSite")}</th>
                  <th scope="col">{t("order")}</th>
                  <th scope="col">
                    <span className="sr-only">{t("edit")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {role.partners.map((partner, index) => (
                  <tr key={partner.id} id={`partner-${partner.id}`}>
                    <td className="partner-table__logo">
                      {partner.logo ? (
                        <img src={partner.logo.url} alt="" width={partner.logo.width} height={partner.logo.height} loading="lazy" />
                      ) : (
                        <span className="field-hint">{t("noLogo")}</span>
                      )}
                    </td>
                    <th scope="row" className="partner-table__name">
                      {partner.nameEn}
                      <span lang="ru" className="partner-table__ru">
                        {partner.nameRu}
                      </span>
                    </th>
                    <td className="partner-table__url">{partner.url ?? <span className="field-hint">{t("none")}</span>}</td>
                    <td>{partner.visible ? <span className="badge badge--published">{t("visible")}</span> : <span className="badge badge--draft">{t("hidden")}</span>}</td>
                    <td>
                      <PartnerMoveButtons
                        action={movePartnerAction}
                        kind="partner"
                        id={partner.id}
                        name={partner.nameEn}
                        canMoveUp={index > 0}
                        canMoveDown={index < role.partners.length - 1}
                      />
                    </td>
                    <td>
                      <a href={`/admin/partners/${partner.id}`} aria-label={t("editNamed", { name: partner.nameEn })}>
                        {t("edit")}
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </div>
  );
}
