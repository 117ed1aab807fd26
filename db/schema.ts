// The data model of DESIGN.md. Tables plural snake_case, keys camelCase.
import { sql } from "drizzle-orm";
import {
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
export type NewPartner = typeof partners.$inferInsert;
