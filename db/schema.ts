// The data model of DESIGN.md. Tables plural snake_case, keys camelCase.
//
// One file, though it is longer than our others, on purpose: it is the whole
// model in one place. drizzle.config.ts points drizzle-kit at this file to
// diff it against the committed migrations, db/client.ts hands all of it to
// drizzle as `* as schema`, and a migration is reviewed against it. Most
// tables reference others across domains (articles, partners and people point
// at media, people at partners, programme sessions at halls, tracks and
// formats, session_people at sessions and people), so a split by domain would
// be files importing each other for their foreign keys, none readable alone.
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  jsonb,
} from "drizzle-orm/pg-core";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => "bytea",
});

export const localeEnum = pgEnum("locale", ["en", "ru"]);
export const articleStatusEnum = pgEnum("article_status", ["draft", "published"]);
export const partnerKindEnum = pgEnum("partner_kind", ["organizer", "operator", "partner"]);

export const media = pgTable(
  "media",
  {
    id: serial("id").primaryKey(),
    mime: text("mime").notNull(),
    bytes: bytea("bytes").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    /** Hex SHA-256 of the bytes: the public URL is /media/<sha256>.<ext>, so it can be cached forever. */
    sha256: text("sha256").notNull(),
    byteSize: integer("byte_size").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("media_sha256_key").on(t.sha256)],
);

export const newsArticles = pgTable(
  "news_articles",
  {
    id: serial("id").primaryKey(),
    locale: localeEnum("locale").notNull(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    lede: text("lede").notNull().default(""),
    body: text("body").notNull().default(""),
    coverMediaId: integer("cover_media_id").references(() => media.id, { onDelete: "set null" }),
    /** What the cover shows, for screen readers; empty means decorative. Set with the cover, outside the text's version lock. */
    coverAlt: text("cover_alt").notNull().default(""),
    status: articleStatusEnum("status").notNull().default("draft"),
    /** A future value means scheduled: public pages show an article only once this has passed. */
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** Shared by the en and ru versions of one story. */
    translationGroup: uuid("translation_group").notNull().defaultRandom(),
    author: text("author").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /** Optimistic locking: a save names the version it edited. */
    version: integer("version").notNull().default(1),
    /**
     * The body compiled and rendered to HTML at save time, so a page miss only
     * inserts it (lib/mdx/compiled.ts, lib/data/news.ts). Null for a row nobody compiled (older rows, imports,
     * the large bench corpus); a body that does not compile is never saved.
     */
    compiledBody: text("compiled_body"),
    /** The compile pipeline that produced compiled_body (lib/mdx/compiled.ts MDX_COMPILER); any other value is stale. */
    compiledWith: text("compiled_with"),
  },
  (t) => [
    uniqueIndex("news_articles_locale_slug_key").on(t.locale, t.slug),
    uniqueIndex("news_articles_group_locale_key").on(t.translationGroup, t.locale),
    index("news_articles_feed_idx").on(t.locale, t.status, t.publishedAt.desc(), t.id.desc()),
    check("news_articles_published_has_date", sql`${t.status} <> 'published' OR ${t.publishedAt} IS NOT NULL`),
  ],
);

export const newsRevisions = pgTable(
  "news_revisions",
  {
    id: serial("id").primaryKey(),
    articleId: integer("article_id")
      .notNull()
      .references(() => newsArticles.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    lede: text("lede").notNull(),
    body: text("body").notNull(),
    savedBy: text("saved_by").notNull(),
    savedAt: timestamp("saved_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("news_revisions_article_version_key").on(t.articleId, t.version)],
);

export const slugRedirects = pgTable(
  "slug_redirects",
  {
    id: serial("id").primaryKey(),
    locale: localeEnum("locale").notNull(),
    oldSlug: text("old_slug").notNull(),
    articleId: integer("article_id")
      .notNull()
      .references(() => newsArticles.id, { onDelete: "cascade" }),
  },
  (t) => [uniqueIndex("slug_redirects_locale_old_slug_key").on(t.locale, t.oldSlug)],
);

export const partnerRoles = pgTable(
  "partner_roles",
  {
    id: serial("id").primaryKey(),
    key: text("key").notNull(),
    labelEn: text("label_en").notNull(),
    labelRu: text("label_ru").notNull(),
    kind: partnerKindEnum("kind").notNull(),
    /** Order of the role's group on the page. */
    position: integer("position").notNull(),
  },
  (t) => [uniqueIndex("partner_roles_key_key").on(t.key)],
);

export const partners = pgTable(
  "partners",
  {
    id: serial("id").primaryKey(),
    nameEn: text("name_en").notNull(),
    nameRu: text("name_ru").notNull(),
    url: text("url"),
    roleId: integer("role_id")
      .notNull()
      .references(() => partnerRoles.id, { onDelete: "restrict" }),
    logoMediaId: integer("logo_media_id").references(() => media.id, { onDelete: "set null" }),
    /** Order within the role. */
    position: integer("position").notNull(),
    visible: boolean("visible").notNull().default(true),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("partners_role_position_idx").on(t.roleId, t.position)],
);

export const staffRoleEnum = pgEnum("staff_role", ["admin", "editor"]);

export const staffUsers = pgTable(
  "staff_users",
  {
    id: serial("id").primaryKey(),
    /** Stored as typed; uniqueness and look-ups use lower(email). */
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: staffRoleEnum("role").notNull(),
    /** argon2id (PHC string). */
    passwordHash: text("password_hash").notNull(),
    /** Set for temporary passwords an admin gave out: the user must choose a new one. */
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    /** Bumped when the password or role changes, ending every session of the user. */
    sessionVersion: integer("session_version").notNull().default(1),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** The language the user chose for the staff area (the header's switch); null: the browser's. */
    adminLanguage: localeEnum("admin_language"),
  },
  (t) => [uniqueIndex("staff_users_email_lower_key").on(sql`lower(${t.email})`)],
);

export const staffSessions = pgTable(
  "staff_sessions",
  {
    /** Random, unguessable; carried in the signed session cookie. */
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "cascade" }),
    sessionVersion: integer("session_version").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    userAgent: text("user_agent"),
    ip: text("ip"),
  },
  (t) => [index("staff_sessions_user_idx").on(t.userId)],
);

/**
 * A staff member's TOTP second factor (RFC 6238). One row per user: while
 * `confirmedAt` is null it is an enrolment in progress (the secret shown once as a
 * QR code and text, waiting for a first code); once confirmed, sign-in asks for a
 * code. The secret is AES-256-GCM ciphertext (lib/auth/two-factor/secret-box.ts),
 * never the base32 text: a database dump or backup alone cannot mint codes.
 */
export const staffTwoFactor = pgTable("staff_two_factor", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => staffUsers.id, { onDelete: "cascade" }),
  secretCiphertext: text("secret_ciphertext").notNull(),
  confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
  /** The time step of the last code accepted: a code of that step or older is refused, so none can be replayed. */
  lastUsedStep: bigint("last_used_step", { mode: "number" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Single-use recovery codes of a second factor, argon2id-hashed; `usedAt` set once spent. */
export const staffRecoveryCodes = pgTable(
  "staff_recovery_codes",
  {
    id: serial("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("staff_recovery_codes_user_idx").on(t.userId)],
);

/**
 * A sign-in half done: the password was right and the account has a second
 * factor. The browser holds the random token in an httpOnly cookie; only its
 * SHA-256 is stored, so the table cannot be used to finish anyone's sign-in.
 */
export const signInChallenges = pgTable(
  "sign_in_challenges",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "cascade" }),
    /** Wrong codes against this challenge: past a few it is void and the password must be typed again. */
    failures: integer("failures").notNull().default(0),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_in_challenges_user_idx").on(t.userId)],
);

export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** Lower-cased as typed, whether or not such a user exists. */
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * Null while the password is being checked: the attempt is recorded (and counted
     * as a failure) before the check, so parallel attempts cannot all pass the
     * throttle together (lib/auth/throttle.ts).
     */
    success: boolean("success"),
  },
  (t) => [index("login_attempts_email_at_idx").on(t.email, t.at), index("login_attempts_ip_at_idx").on(t.ip, t.at)],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorId: integer("actor_id").references(() => staffUsers.id, { onDelete: "set null" }),
    /** Kept as it was at the time, so the entry stays readable if the user is gone. */
    actorEmail: text("actor_email").notNull(),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    /** What changed, without secrets. */
    summary: jsonb("summary").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("audit_log_at_idx").on(t.at.desc()), index("audit_log_entity_idx").on(t.entity, t.entityId)],
);

export type Media = typeof media.$inferSelect;
export type NewMedia = typeof media.$inferInsert;
export type NewsArticle = typeof newsArticles.$inferSelect;
export type NewNewsArticle = typeof newsArticles.$inferInsert;
export type NewsRevision = typeof newsRevisions.$inferSelect;
export type NewNewsRevision = typeof newsRevisions.$inferInsert;
export type SlugRedirect = typeof slugRedirects.$inferSelect;
export type NewSlugRedirect = typeof slugRedirects.$inferInsert;
export type PartnerRole = typeof partnerRoles.$inferSelect;
export type NewPartnerRole = typeof partnerRoles.$inferInsert;
export type Partner = typeof partners.$inferSelect;
export type StaffUser = typeof staffUsers.$inferSelect;
export type NewStaffUser = typeof staffUsers.$inferInsert;
export type StaffSession = typeof staffSessions.$inferSelect;
export type NewStaffSession = typeof staffSessions.$inferInsert;
export type LoginAttempt = typeof loginAttempts.$inferSelect;
export type StaffTwoFactor = typeof staffTwoFactor.$inferSelect;
export type NewLoginAttempt = typeof loginAttempts.$inferInsert;
export type AuditEntry = typeof auditLog.$inferSelect;
export type NewAuditEntry = typeof auditLog.$inferInsert;
export type NewPartner = typeof partners.$inferInsert;

// ---------------------------------------------------------------------------
// Site search (lib/search). One row per public document and language, kept by
// triggers on the tables it mirrors (news_articles, partners: see the
// migration 0003_search), so every save fills it in its own transaction and no
// code path can forget it; event pages, which are files, are synced at start.

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** The text search configuration of a row's language, and ё read as е (Russian writes both). */
const searchText = (column: string, weight: "A" | "B") =>
  `setweight(to_tsvector(CASE WHEN locale = 'ru' THEN 'russian'::regconfig ELSE 'english'::regconfig END, translate(${column}, 'ёЁ', 'еЕ')), '${weight}')`;

export const searchDocuments = pgTable(
  "search_documents",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** news | page | partner (and, later, programme sessions and speakers). */
    kind: text("kind").notNull(),
    /** The mirrored row's key: an article or partner id, a page slug. */
    ref: text("ref").notNull(),
    locale: localeEnum("locale").notNull(),
    title: text("title").notNull(),
    /** Plain text (markup stripped): what is searched after the title, and what snippets quote. */
    body: text("body").notNull().default(""),
    path: text("path").notNull(),
    /** Not found before this time (a scheduled article); null: always. */
    visibleFrom: timestamp("visible_from", { withTimezone: true }),
    /** Newest first when more documents match than are ranked. */
    sortAt: timestamp("sort_at", { withTimezone: true }).notNull().defaultNow(),
    tsv: tsvector("tsv")
      .notNull()
      .generatedAlwaysAs(sql.raw(`${searchText("title", "A")} || ${searchText("body", "B")}`)),
  },
  (t) => [
    uniqueIndex("search_documents_kind_ref_locale_key").on(t.kind, t.ref, t.locale),
    index("search_documents_tsv_idx").using("gin", t.tsv),
    index("search_documents_locale_sort_idx").on(t.locale, t.sortAt.desc()),
  ],
);

/** Words of public titles and ledes, for "did you mean" (pg_trgm similarity). */
export const searchWords = pgTable(
  "search_words",
  { word: text("word").primaryKey() },
  (t) => [index("search_words_trgm_idx").using("gin", sql`${t.word} gin_trgm_ops`)],
);

export type SearchDocument = typeof searchDocuments.$inferSelect;

// ---------------------------------------------------------------------------
// The programme (issue 9): editions, halls, tracks, formats, sessions, people.
// Days are not stored: a session's day is its start in the edition's time zone
// (db/queries/program.ts derives it in SQL), as pretalx and Indico do, so a
// moved session can never disagree with its day.

export const programStateEnum = pgEnum("program_state", ["hidden", "published"]);
export const sessionStatusEnum = pgEnum("session_status", ["scheduled", "rescheduled", "moved_online", "cancelled"]);
export const sessionRoleEnum = pgEnum("session_role", ["moderator", "co_moderator", "keynote", "speaker"]);

export const editions = pgTable(
  "editions",
  {
    id: serial("id").primaryKey(),
    /** The forum's year, e.g. "2012": the archive of past editions will live under it. */
    slug: text("slug").notNull(),
    titleEn: text("title_en").notNull(),
    titleRu: text("title_ru").notNull(),
    /** Inclusive local dates of the forum. */
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    /** IANA zone every time of the programme is shown in (Perm: Asia/Yekaterinburg). */
    timezone: text("timezone").notNull(),
    /** How the zone is named on the pages ("Perm time" / «время пермское»); the offset is computed. */
    zoneLabelEn: text("zone_label_en").notNull(),
    zoneLabelRu: text("zone_label_ru").notNull(),
    venueNameEn: text("venue_name_en").notNull().default(""),
    venueNameRu: text("venue_name_ru").notNull().default(""),
    venueAddressEn: text("venue_address_en").notNull().default(""),
    venueAddressRu: text("venue_address_ru").notNull().default(""),
    /** hidden: every programme URL and calendar answers 404. */
    programState: programStateEnum("program_state").notNull().default("hidden"),
    isCurrent: boolean("is_current").notNull().default(false),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("editions_slug_key").on(t.slug),
    // At most one current edition.
    uniqueIndex("editions_one_current").on(t.isCurrent).where(sql`${t.isCurrent}`),
    check("editions_dates_ordered", sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

export const halls = pgTable(
  "halls",
  {
    id: serial("id").primaryKey(),
    editionId: integer("edition_id")
      .notNull()
      .references(() => editions.id, { onDelete: "cascade" }),
    /** Used in filter URLs (?hall=hall-a). */
    slug: text("slug").notNull(),
    nameEn: text("name_en").notNull(),
    nameRu: text("name_ru").notNull(),
    /** Building, floor, how to find it. */
    directionsEn: text("directions_en").notNull().default(""),
    directionsRu: text("directions_ru").notNull().default(""),
    position: integer("position").notNull().default(0),
  },
  (t) => [uniqueIndex("halls_edition_slug_key").on(t.editionId, t.slug)],
);

export const tracks = pgTable(
  "tracks",
  {
    id: serial("id").primaryKey(),
    editionId: integer("edition_id")
      .notNull()
      .references(() => editions.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    nameEn: text("name_en").notNull(),
    nameRu: text("name_ru").notNull(),
    /** Shown beside the track's name, never instead of it. */
    color: text("color").notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    uniqueIndex("tracks_edition_slug_key").on(t.editionId, t.slug),
    check("tracks_color_hex", sql`${t.color} ~ '^#[0-9a-f]{6}$'`),
  ],
);

export const sessionFormats = pgTable(
  "session_formats",
  {
    id: serial("id").primaryKey(),
    editionId: integer("edition_id")
      .notNull()
      .references(() => editions.id, { onDelete: "cascade" }),
    /** plenary, panel, round_table, keynote, presentation, workshop, ceremony, press_conference, registration, break… */
    key: text("key").notNull(),
    nameEn: text("name_en").notNull(),
    nameRu: text("name_ru").notNull(),
    /** Registration, breaks: listed in the programme, but no page, no speakers, no calendar entry. */
    isService: boolean("is_service").notNull().default(false),
    /** A plenary: everyone attends, so it is shown once, not per hall. */
    spansAllHalls: boolean("spans_all_halls").notNull().default(false),
    position: integer("position").notNull().default(0),
  },
  (t) => [uniqueIndex("session_formats_edition_key_key").on(t.editionId, t.key)],
);

export const programSessions = pgTable(
  "program_sessions",
  {
    id: serial("id").primaryKey(),
    editionId: integer("edition_id")
      .notNull()
      .references(() => editions.id, { onDelete: "restrict" }),
    /** Immutable public code (6 of A-Z and 2-9): the URL's authority and the calendar UID's seed. */
    code: text("code").notNull(),
    slugEn: text("slug_en").notNull(),
    slugRu: text("slug_ru").notNull(),
    titleEn: text("title_en").notNull(),
    titleRu: text("title_ru").notNull(),
    /** Plain text, a few sentences: lists, meta description, calendar DESCRIPTION. */
    summaryEn: text("summary_en").notNull().default(""),
    summaryRu: text("summary_ru").notNull().default(""),
    /** MDX, through the same allowlisted pipeline as news. */
    bodyEn: text("body_en").notNull().default(""),
    bodyRu: text("body_ru").notNull().default(""),
    formatId: integer("format_id")
      .notNull()
      .references(() => sessionFormats.id, { onDelete: "restrict" }),
    trackId: integer("track_id").references(() => tracks.id, { onDelete: "set null" }),
    hallId: integer("hall_id").references(() => halls.id, { onDelete: "set null" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    status: sessionStatusEnum("status").notNull().default("scheduled"),
    /** The start before a reschedule, shown as "moved from" (schema.org previousStartDate). */
    previousStartsAt: timestamp("previous_starts_at", { withTimezone: true }),
    /** RFC 5545 SEQUENCE: +1 whenever start, end, hall or status change (lib/program/ics-sequence.ts). */
    icsSequence: integer("ics_sequence").notNull().default(0),
    /** Optimistic locking: a save names the version it edited. */
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("program_sessions_code_key").on(t.code),
    index("program_sessions_edition_start_idx").on(t.editionId, t.startsAt),
    check("program_sessions_code_shape", sql`${t.code} ~ '^[A-Z2-9]{6}$'`),
    check("program_sessions_ends_after_start", sql`${t.endsAt} > ${t.startsAt}`),
    check("program_sessions_rescheduled_has_previous", sql`${t.status} <> 'rescheduled' OR ${t.previousStartsAt} IS NOT NULL`),
    check("program_sessions_sequence_non_negative", sql`${t.icsSequence} >= 0`),
  ],
);

export const people = pgTable(
  "people",
  {
    id: serial("id").primaryKey(),
    /** One slug for both locales (transliterated), stable across editions. */
    slug: text("slug").notNull(),
    lastNameRu: text("last_name_ru").notNull(),
    firstNameRu: text("first_name_ru").notNull(),
    /** Patronymic (отчество); empty when the person has none. */
    middleNameRu: text("middle_name_ru").notNull().default(""),
    lastNameEn: text("last_name_en").notNull(),
    firstNameEn: text("first_name_en").notNull(),
    /** Current job; a session keeps its own copy as at that session (session_people). */
    positionEn: text("position_en").notNull().default(""),
    positionRu: text("position_ru").notNull().default(""),
    organisationEn: text("organisation_en").notNull().default(""),
    organisationRu: text("organisation_ru").notNull().default(""),
    partnerId: integer("partner_id").references(() => partners.id, { onDelete: "set null" }),
    bioEn: text("bio_en").notNull().default(""),
    bioRu: text("bio_ru").notNull().default(""),
    photoMediaId: integer("photo_media_id").references(() => media.id, { onDelete: "set null" }),
    /**
     * When the person agreed to the publication of their data (152-FZ art. 10.1).
     * Without it the person appears nowhere public: no page, index, sitemap,
     * search, JSON-LD, calendar or session listing.
     */
    consentAt: timestamp("consent_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("people_slug_key").on(t.slug)],
);

export const sessionPeople = pgTable(
  "session_people",
  {
    sessionId: integer("session_id")
      .notNull()
      .references(() => programSessions.id, { onDelete: "cascade" }),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "restrict" }),
    role: sessionRoleEnum("role").notNull(),
    /** Order within the role. */
    position: integer("position").notNull().default(0),
    /** Job as at this session (Indico-style): a later change of the person's job leaves past sessions as they were. */
    positionEn: text("position_en").notNull().default(""),
    positionRu: text("position_ru").notNull().default(""),
    organisationEn: text("organisation_en").notNull().default(""),
    organisationRu: text("organisation_ru").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.personId] }), index("session_people_person_idx").on(t.personId)],
);

export type Edition = typeof editions.$inferSelect;
export type NewEdition = typeof editions.$inferInsert;
export type Hall = typeof halls.$inferSelect;
export type Track = typeof tracks.$inferSelect;
export type SessionFormat = typeof sessionFormats.$inferSelect;
export type ProgramSession = typeof programSessions.$inferSelect;
export type NewProgramSession = typeof programSessions.$inferInsert;
export type Person = typeof people.$inferSelect;
export type NewPerson = typeof people.$inferInsert;
export type SessionPerson = typeof sessionPeople.$inferSelect;
