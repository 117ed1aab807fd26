// The data model of DESIGN.md. Tables plural snake_case, keys camelCase.
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  customType,
  index,
  integer,
  pgEnum,
  pgTable,
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

export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** Lower-cased as typed, whether or not such a user exists. */
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    success: boolean("success").notNull(),
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
