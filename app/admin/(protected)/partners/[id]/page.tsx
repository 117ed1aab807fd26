import { notFound } from "next/navigation";
import { PartnerDeleteForm } from "@/components/admin/partner-delete-form";
import { PartnerForm } from "@/components/admin/partner-form";
import { ImageUpload } from "@/components/admin/image-upload";
import { getDb } from "@/db";
import { getAdminPartner, listRoleOptions } from "@/db/queries/admin-partners";
import { parseId } from "@/lib/admin/forms";
import { requireRole } from "@/lib/auth/dal";
import { adminText } from "@/lib/i18n/admin-text";
import { uploadFailureText } from "@/lib/uploads/failure-text";
import { isLogoErrorCode, LOGO_MAX_BYTES } from "@/lib/uploads/logo";
import { deletePartnerAction, removePartnerLogoAction, updatePartnerAction } from "../actions";
import "../partners.css";

export async function generateMetadata() {
  return { title: (await adminText("partners")).t("editPartnerTitle") };
}

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string; logo?: string; logoError?: string }>;
};

const logoNotices = { saved: "logoSaved", removed: "logoRemoved" } as const;

export default async function EditPartnerPage({ params, searchParams }: Props) {
  await requireRole("editor");
  const { t } = await adminText("partners");
  const { id: rawId } = await params;
  const id = parseId(rawId);
  if (id === null) notFound();
  const db = await getDb();
  const [partner, roles] = await Promise.all([getAdminPartner(db, id), listRoleOptions(db)]);
  if (!partner) notFound();
  const { created, logo, logoError } = await searchParams;
  const logoErrorText =
    logoError === "database"
      ? t("logoDatabase")
      : logoError === "malformed"
        ? t("logoMalformed")
        : isLogoErrorCode(logoError)
          ? await uploadFailureText(logoError, "logo")
          : undefined;

  return (
    <div className="partners-admin partners-admin--narrow">
      <p>
        <a href="/admin/partners">{t("allPartners")}</a>
      </p>
      <h1>{t("editPartnerNamed", { name: partner.nameEn })}</h1>
      {created ? (
        <p className="form-notice" role="status">
          {t("partnerAdded")}
        </p>
      ) : null}
      <PartnerForm
        action={updatePartnerAction}
        roles={roles}
        submitLabel={t("saveChanges")}
        initial={{
          id: String(partner.id),
          version: String(partner.version),
          nameEn: partner.nameEn,
          nameRu: partner.nameRu,
          url: partner.url ?? "",
          roleId: String(partner.roleId),
          visible: partner.visible ? "on" : "",
        }}
      />

      <section id="logo" className="partner-section" aria-labelledby="logo-title" tabIndex={-1}>
        <h2 id="logo-title">{t("logo")}</h2>
        <ImageUpload
          endpoint={`/admin/api/partners/${partner.id}/logo`}
          noun="logo"
          ownerName={partner.nameEn}
          imageClassName="partner-logo__image"
          label={t("logoImage")}
          emptyText={t("logoEmpty")}
          hint={t("logoHint")}
          processingText={t("logoProcessing")}
          image={partner.logo ? { url: partner.logo.url, width: partner.logo.width, height: partner.logo.height } : null}
          maxBytes={LOGO_MAX_BYTES}
          initialError={logoErrorText}
          initialNotice={logo === "saved" || logo === "removed" ? t(logoNotices[logo]) : undefined}
        />
        {partner.logo ? (
          <form action={removePartnerLogoAction} className="partner-logo__remove">
            <input type="hidden" name="id" value={partner.id} />
            <button type="submit" className="button button--small">
              {t("removeLogo")}
            </button>
          </form>
        ) : null}
      </section>

      <section className="partner-section" aria-labelledby="delete-title">
        <h2 id="delete-title">{t("deletePartner")}</h2>
        <p className="field-hint">{t("deletePartnerHint")}</p>
        <PartnerDeleteForm
          action={deletePartnerAction}
          id={partner.id}
          label={t("deletePartner")}
          confirmText={t("deletePartnerConfirm", { name: partner.nameEn })}
        />
      </section>
    </div>
  );
}
