import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PartnerDeleteForm } from "@/components/admin/partner-delete-form";
import { PersonForm } from "@/components/admin/program/person-form";
import { ImageUpload } from "@/components/admin/image-upload";
import { getDb } from "@/db";
import { getAdminPerson, listPartnerOptions } from "@/db/queries/admin-people";
import { parseId } from "@/lib/admin/forms";
import { requireRole } from "@/lib/auth/dal";
import { isPhotoErrorCode, PHOTO_MAX_BYTES, photoErrorMessages } from "@/lib/uploads/photo";
import { consentDateValue } from "@/lib/validation/people";
import { deletePersonAction, removePersonPhotoAction, updatePersonAction } from "../actions";
import "../../../partners/partners.css";
import "../../_setup/setup.css";

export const metadata: Metadata = { title: "Edit person" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string; saved?: string; photo?: string; photoError?: string }>;
};

const photoNotices: Record<string, string> = {
  saved: "Photo saved. The public pages show it now.",
  removed: "Photo removed.",
};

const roleNames: Record<string, string> = { moderator: "moderator", co_moderator: "co-moderator", keynote: "keynote speaker", speaker: "speaker" };

export default async function EditPersonPage({ params, searchParams }: Props) {
  await requireRole("editor");
  const id = parseId((await params).id);
  const db = await getDb();
  const [person, partners] = await Promise.all([id ? getAdminPerson(db, id) : null, listPartnerOptions(db)]);
  if (!person) notFound();
  const { created, saved, photo, photoError } = await searchParams;
  const name = `${person.firstNameEn} ${person.lastNameEn}`;
  const photoErrorText =
    photoError === "database"
      ? "The photo could not be saved because the database did not answer. Nothing was changed: try again in a moment."
      : photoError === "malformed"
        ? "The upload did not arrive as a file. Choose the file again and upload it."
        : isPhotoErrorCode(photoError)
          ? photoErrorMessages[photoError]
          : undefined;

  return (
    <div className="partners-admin partners-admin--narrow">
      <p>
        <a href="/admin/program/people">← All people</a>
      </p>
      <h1>Edit person: {name}</h1>
      {created || saved ? (
        <p className="form-notice" role="status">
          {created ? "Person added. Add their photo below." : `Saved “${name}”. The public pages show the change now.`}
        </p>
      ) : null}
      {!person.consentAt ? (
        <p className="form-error">No consent date: this person appears nowhere on the public site.</p>
      ) : person.sessions.length === 0 ? (
        <p className="field-hint">Not on any session yet: the speaker page appears once the person is on a session of the published programme.</p>
      ) : (
        <p className="field-hint">
          Public page: <a href={`/en/speakers/${person.slug}`}>/en/speakers/{person.slug}</a>
        </p>
      )}
      <PersonForm
        action={updatePersonAction}
        partners={partners}
        submitLabel="Save changes"
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
        <h2 id="photo-title">Photo</h2>
        <ImageUpload
          // A new outcome in the address (after "Remove photo" or a form post without JavaScript) starts the status afresh.
          key={`${photo ?? ""}:${photoError ?? ""}`}
          endpoint={`/admin/api/people/${person.id}/photo`}
          noun="photo"
          ownerName={name}
          imageClassName="person-photo__image"
          label="Photo"
          emptyText="No photo yet."
          hint="JPEG, PNG or WebP; at most 2 MB and 4000 × 4000 pixels. The photo is converted and scaled down to 800 pixels for the site."
          processingText="Checking and converting the photo…"
          image={person.photo ? { url: person.photo.url, width: person.photo.width, height: person.photo.height } : null}
          maxBytes={PHOTO_MAX_BYTES}
          initialError={photoErrorText}
          initialNotice={photo && photoNotices[photo] ? photoNotices[photo] : undefined}
        />
        {person.photo ? (
          <form action={removePersonPhotoAction} className="partner-logo__remove">
            <input type="hidden" name="id" value={person.id} />
            <button type="submit" className="button button--small">
              Remove photo
            </button>
          </form>
        ) : null}
      </section>

      <section className="partner-section" aria-labelledby="sessions-title">
        <h2 id="sessions-title">Sessions</h2>
        {person.sessions.length === 0 ? (
          <p className="field-hint">Not on any session.</p>
        ) : (
          <ul>
            {person.sessions.map((s) => (
              <li key={s.id}>
                {s.titleEn} ({s.code}, {s.editionSlug}) — {roleNames[s.role] ?? s.role}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="partner-section" aria-labelledby="delete-title">
        <h2 id="delete-title">Delete person</h2>
        <p className="field-hint">
          {person.sessions.length > 0
            ? "A person on a session cannot be deleted: remove them from their sessions first."
            : "Deleting removes the person for good. To take them off the site, clear the consent date instead."}
        </p>
        <PartnerDeleteForm action={deletePersonAction} id={person.id} label="Delete person" confirmText={`Delete “${name}” for good?`} />
      </section>
    </div>
  );
}
