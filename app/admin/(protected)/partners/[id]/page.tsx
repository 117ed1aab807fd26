import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PartnerDeleteForm } from "@/components/admin/partner-delete-form";
import { PartnerForm } from "@/components/admin/partner-form";
import { ImageUpload } from "@/components/admin/image-upload";
import { getDb } from "@/db";
import { getAdminPartner, listRoleOptions } from "@/db/queries/admin-partners";
import { parseId } from "@/lib/admin/forms";
import { requireRole } from "@/lib/auth/dal";
import { isLogoErrorCode, LOGO_MAX_BYTES, logoErrorMessages } from "@/lib/uploads/logo";
import { deletePartnerAction, removePartnerLogoAction, updatePartnerAction } from "../actions";
import "../partners.css";

export const metadata: Metadata = { title: "Edit partner" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string; logo?: string; logoError?: string }>;
};

const logoNotices: Record<string, string> = {
  saved: "Logo saved. The public pages show it now.",
  removed: "Logo removed. The public pages show the partner's initial instead.",
};

export default async function EditPartnerPage({ params, searchParams }: Props) {
  await requireRole("editor");
  const { id: rawId } = await params;
  const id = parseId(rawId);
  if (id === null) notFound();
  const db = await getDb();
  const [partner, roles] = await Promise.all([getAdminPartner(db, id), listRoleOptions(db)]);
  if (!partner) notFound();
  const { created, logo, logoError } = await searchParams;
  const logoErrorText =
    logoError === "database"
      ? "The logo could not be saved because the database did not answer. Nothing was changed: try again in a moment."
      : logoError === "malformed"
        ? "The upload did not arrive as a file. Choose the file again and upload it."
        : isLogoErrorCode(logoError)
          ? logoErrorMessages[logoError]
          : undefined;

  return (
    <div className="partners-admin partners-admin--narrow">
      <p>
        <a href="/admin/partners">← All partners</a>
      </p>
      <h1>Edit partner: {partner.nameEn}</h1>
      {created ? (
        <p className="form-notice" role="status">
          Partner added. Add its logo below.
        </p>
      ) : null}
      <PartnerForm
        action={updatePartnerAction}
        roles={roles}
        submitLabel="Save changes"
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
        <h2 id="logo-title">Logo</h2>
        <ImageUpload
          endpoint={`/admin/api/partners/${partner.id}/logo`}
          noun="logo"
          ownerName={partner.nameEn}
          imageClassName="partner-logo__image"
          label="Logo image"
          emptyText="No logo yet: the public pages show the partner's initial instead."
          hint="PNG, JPEG, WebP or SVG; at most 2 MB and 4000 × 4000 pixels. The image is converted and scaled down to 800 pixels for the site; an SVG becomes a PNG picture."
          processingText="Checking and converting the image…"
          image={partner.logo ? { url: partner.logo.url, width: partner.logo.width, height: partner.logo.height } : null}
          maxBytes={LOGO_MAX_BYTES}
          initialError={logoErrorText}
          initialNotice={logo && logoNotices[logo] ? logoNotices[logo] : undefined}
        />
        {partner.logo ? (
          <form action={removePartnerLogoAction} className="partner-logo__remove">
            <input type="hidden" name="id" value={partner.id} />
            <button type="submit" className="button button--small">
              Remove logo
            </button>
          </form>
        ) : null}
      </section>

      <section className="partner-section" aria-labelledby="delete-title">
        <h2 id="delete-title">Delete partner</h2>
        <p className="field-hint">Deleting removes the partner from the site for good. To take it off the site for a while, untick “Show on the site” instead.</p>
        <PartnerDeleteForm
          action={deletePartnerAction}
          id={partner.id}
          label="Delete partner"
          confirmText={`Delete “${partner.nameEn}” for good?`}
        />
      </section>
    </div>
  );
}
