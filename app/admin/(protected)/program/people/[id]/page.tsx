import { notFound } from "next/navigation";
import { PartnerDeleteForm } from "@/components/admin/partner-delete-form";
import { PersonForm } from "@/components/admin/program/person-form";
import { ImageUpload } from "@/components/admin/image-upload";
import { getDb } from "@/db";
import { getAdminPerson, listPartnerOptions } from "@/db/queries/admin-people";
import { parseId } from "@/lib/admin/forms";
import { requireRole } from "@/lib/auth/dal";
import { adminText } from "@/lib/i18n/admin-text";
import { uploadFailureText } from "@/lib/uploads/failure-text";
import { isPhotoErrorCode, PHOTO_MAX_BYTES } from "@/lib/uploads/photo";
import { SESSION_ROLES } from "@/lib/program/session-form-values";
import { consentDateValue } from "@/lib/validation/people";
import { deletePersonAction, removePersonPhotoAction, updatePersonAction } from "../actions";
import "../../../partners/partners.css";
import "../../_setup/setup.css";

export async function generateMetadata() {
  return { title: (await adminText("programPeople")).t("editTitle") };
}

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string; saved?: string; photo?: string; photoError?: string }>;
};

const photoNotices: Record<string, "saved" | "removed"> = { saved: "saved", removed: "removed" };

const isSessionRole = (role: string): role is (typeof SESSION_ROLES)[number] => (SESSION_ROLES as readonly string[]).includes(role);

export default async function EditPersonPage({ params, searchParams }: Props) {
  await requireRole("editor");
  const { locale, t } = await adminText("programPeople");
  const id = parseId((await params).id);
  const db = await getDb();
  const [person, partners] = await Promise.all([id ? getAdminPerson(db, id) : null, listPartnerOptions(db)]);
  if (!person) notFound();
  const { created, saved, photo, photoError } = await searchParams;
  const name = `${person.firstNameEn} ${person.lastNameEn}`;
  const photoErrorText =
    photoError === "database"
      ? t("photo.database")
      : photoError === "malformed"
        ? t("photo.malformed")
        : isPhotoErrorCode(photoError)
          ? await uploadFailureText(photoError, "photo")
          : undefined;

  return (
    <div className="partners-admin partners-admin--narrow">
      <p>
        <a href="/admin/program/people">{t("allPeople")}</a>
      </p>
      <h1>{t("editHeading", { name })}</h1>
      {created || saved ? (
        <p className="form-notice" role="status">
          {created ? t("created") : t("saved", { name })}
        </p>
      ) : null}
      {!person.consentAt ? (
        <p className="form-error">{t("noConsent")}</p>
      ) : person.sessions.length === 0 ? (
        <p className="field-hint">{t("notOnSessionYet")}</p>
      ) : (
        <p className="field-hint">
          {t("publicPage")}{" "}
          <a href={`/${locale}/speakers/${person.slug}`}>
            /{locale}/speakers/{person.slug}
          </a>
        </p>
      )}
      <PersonForm
        action={updatePersonAction}
        partners={partners}
        submitLabel={t("form.saveChanges")}
        initial={{
          id: String(person.id),
          version: String(person.version),
          lastNameRu: person.lastNameRu,
          firstNameRu: person.firstNameRu,
          middleNameRu: person.middleNameRu,
          lastNameEn: person.lastNameEn,
          firstNameEn: person.firstNameEn,
          slug: person.slug,
          positionEn: person.positionEn,
          positionRu: person.positionRu,
          organisationEn: person.organisationEn,
          organisationRu: person.organisationRu,
          partnerId: person.partnerId ? String(person.partnerId) : "",
          bioEn: person.bioEn,
          bioRu: person.bioRu,
          consentAt: consentDateValue(person.consentAt),
        }}
      />

      <section id="photo" className="partner-section" aria-labelledby="photo-title" tabIndex={-1}>
        <h2 id="photo-title">{t("photo.heading")}</h2>
        <ImageUpload
          // A new outcome in the address (after "Remove photo" or a form post without JavaScript) starts the status afresh.
          key={`${photo ?? ""}:${photoError ?? ""}`}
          endpoint={`/admin/api/people/${person.id}/photo`}
          noun="photo"
          ownerName={name}
          imageClassName="person-photo__image"
          label={t("photo.heading")}
          emptyText={t("photo.none")}
          hint={t("photo.hint")}
          processingText={t("photo.processing")}
          image={person.photo ? { url: person.photo.url, width: person.photo.width, height: person.photo.height } : null}
          maxBytes={PHOTO_MAX_BYTES}
          initialError={photoErrorText}
          initialNotice={photo && Object.hasOwn(photoNotices, photo) ? t(`photo.${photoNotices[photo]!}`) : undefined}
        />
        {person.photo ? (
          <form action={removePersonPhotoAction} className="partner-logo__remove">
            <input type="hidden" name="id" value={person.id} />
            <button type="submit" className="button button--small">
              {t("photo.remove")}
            </button>
          </form>
        ) : null}
      </section>

      <section className="partner-section" aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t("sessions.heading")}</h2>
        {person.sessions.length === 0 ? (
          <p className="field-hint">{t("sessions.none")}</p>
        ) : (
          <ul>
            {person.sessions.map((s) => (
              <li key={s.id}>
                {t("sessions.line", { title: s.titleEn, code: s.code, edition: s.editionSlug, role: isSessionRole(s.role) ? t(`sessions.roles.${s.role}`) : s.role })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="partner-section" aria-labelledby="delete-title">
        <h2 id="delete-title">{t("delete.heading")}</h2>
        <p className="field-hint">
          {person.sessions.length > 0 ? t("delete.onSessions") : t("delete.hint")}
        </p>
        <PartnerDeleteForm action={deletePersonAction} id={person.id} label={t("delete.heading")} confirmText={t("delete.confirm", { name })} />
      </section>
    </div>
  );
}
