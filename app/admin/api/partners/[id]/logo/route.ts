// Logo upload for one partner (lib/uploads/image-upload-route.ts: the one admin
// write path for route handlers; the image, the partner's link to it and the
// audit row in one transaction, then expiry of the partner wall).
import { getAdminPartner, setPartnerLogo } from "@/db/queries/admin-partners";
import { partnersStale } from "@/lib/partners-expiry";
import { imageUploadRoute } from "@/lib/uploads/image-upload-route";
import { isLogoErrorCode, prepareLogo } from "@/lib/uploads/logo";

export const dynamic = "force-dynamic";

export const POST = imageUploadRoute({
  noun: "logo",
  owner: "partner",
  editPage: (id) => `/admin/partners/${id}`,
  exists: getAdminPartner,
  prepare: prepareLogo,
  isErrorCode: isLogoErrorCode,
  attach: setPartnerLogo,
  label: (partner) => ({ nameEn: partner.nameEn }),
  stale: () => partnersStale,
});
