import type { Metadata } from "next";
import { PartnerMoveButtons } from "@/components/admin/partner-move-buttons";
import { getDb } from "@/db";
import { listAdminPartnerRoles } from "@/db/queries/admin-partners";
import { parseId } from "@/lib/admin/forms";
import { requireRole } from "@/lib/auth/dal";
import { movePartnerAction } from "./actions";
import { isListNotice, listNotices, roleKindLabels } from "./messages";
import { moveRoleAction } from "./roles/actions";
import "./partners.css";

export const metadata: Metadata = { title: "Partners" };

type Props = { searchParams: Promise<{ notice?: string | string[]; id?: string | string[] }> };

export default async function AdminPartnersPage({ searchParams }: Props) {
  await requireRole("editor");
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
        <h1>Partners</h1>
        <a className="button button--primary" href="/admin/partners/new">
          Add partner
        </a>
        <a className="button button--ghost" href="/admin/partners/roles/new">
          Add role
        </a>
      </div>
      {notice ? (
        <p className={notice.kind === "error" ? "form-error" : "form-notice"} role={notice.kind === "error" ? "alert" : "status"}>
          {notice.text(noticeName)}
        </p>
      ) : null}
      <p className="field-hint partners-admin__intro">
        Roles and partners appear on the public partners page and in every page&apos;s footer in the order below. Organizer and
        operator roles are always shown first. A role shows on the site only while it has a visible partner.
      </p>
      {roles.length === 0 ? <p>No roles yet. Add a role first, then add partners to it.</p> : null}
      {roles.map((role, roleIndex) => (
        <section key={role.id} id={`role-${role.id}`} className="partner-role" aria-labelledby={`role-${role.id}-title`}>
          <div className="partner-role__header">
            <h2 id={`role-${role.id}-title`} className="partner-role__title">
              {role.labelEn} <span lang="ru" className="partner-role__ru">{role.labelRu}</span>
            </h2>
            <span className="badge">{roleKindLabels[role.kind].label}</span>
            <div className="partner-role__actions">
              <PartnerMoveButtons
                action={moveRoleAction}
                kind="role"
                id={role.id}
                name={`role ${role.labelEn}`}
                canMoveUp={roleIndex > 0}
                canMoveDown={roleIndex < roles.length - 1}
              />
              <a className="button button--small" href={`/admin/partners/roles/${role.id}`} aria-label={`Edit role: ${role.labelEn}`}>
                Edit role
              </a>
              <a className="button button--small" href={`/admin/partners/new?role=${role.id}`} aria-label={`Add partner here: ${role.labelEn}`}>
                Add partner here
              </a>
            </div>
          </div>
          {role.partners.length === 0 ? (
            <p className="partner-role__empty">No partners with this role yet.</p>
          ) : (
            <table className="admin-table partner-table">
              <caption className="sr-only">Partners with the role {role.labelEn}, in page order</caption>
              <thead>
                <tr>
                  <th scope="col">Logo</th>
                  <th scope="col">Name</th>
                  <th scope="col">Website</th>
                  <th scope="col">On the site</th>
                  <th scope="col">Order</th>
                  <th scope="col">
                    <span className="sr-only">Edit</span>
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
                        <span className="field-hint">No logo</span>
                      )}
                    </td>
                    <th scope="row" className="partner-table__name">
                      {partner.nameEn}
                      <span lang="ru" className="partner-table__ru">
                        {partner.nameRu}
                      </span>
                    </th>
                    <td className="partner-table__url">{partner.url ?? <span className="field-hint">None</span>}</td>
                    <td>{partner.visible ? <span className="badge badge--published">Visible</span> : <span className="badge badge--draft">Hidden</span>}</td>
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
                      <a href={`/admin/partners/${partner.id}`} aria-label={`Edit ${partner.nameEn}`}>
                        Edit
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
