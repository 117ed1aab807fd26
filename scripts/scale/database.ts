// The scale test's own database: created on DATABASE_URL's server (default the
// machine's PostgreSQL), migrated, seeded with the demo forum and an editor,
// and dropped at the end.
import { createDb, type Database } from "@/db/client";
import { upsertStaffUser } from "@/db/queries/staff-users";
import { hashPassword } from "@/lib/auth/passwords";
import { seedDemoContent } from "@/lib/seed/demo-content";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import pg from "pg";

export const editor = { email: "scale-editor@scale.test", password: "scale-editor-password-1", name: "Scale editor" };

export type Article = { id: number; locale: "en" | "ru"; slug: string; title: string };

export type ScaleDatabase = TestDatabase & {
  pool: pg.Pool;
  /** The newest published article of a locale (the first one on feed page 1). */
  newestArticle: (locale: "en" | "ru") => Promise<Article>;
  /** Published articles of a locale, newest first (for "not rendered yet" picks). */
  articles: (locale: "en" | "ru", limit: number, offset?: number) => Promise<Article[]>;
  title: (id: number) => Promise<string>;
  /** The IPs recorded for sign-in attempts with this email. */
  loginIps: (email: string) => Promise<string[]>;
};

export async function createScaleDatabase(): Promise<ScaleDatabase> {
  process.env.DATABASE_URL ||= "postgres://postgres@127.0.0.1:5432/postgres";
  const database = await createTestDatabase("podium_scale");
  const { db, pool } = createDb(database.url, { max: 2 });
  await seed(db);
  const articles = async (locale: "en" | "ru", limit: number, offset = 0) =>
    (
      await pool.query<Article>(
        `SELECT id, locale, slug, title FROM news_articles
          WHERE locale = $1 AND status = 'published' AND published_at <= now()
          ORDER BY published_at DESC, id DESC LIMIT $2 OFFSET $3`,
        [locale, limit, offset],
      )
    ).rows;
  return {
    ...database,
    pool,
    articles,
    newestArticle: async (locale) => {
      const [first] = await articles(locale, 1);
      if (!first) throw new Error(`no published ${locale} article in the seeded database`);
      return first;
    },
    title: async (id) => (await pool.query<{ title: string }>("SELECT title FROM news_articles WHERE id = $1", [id])).rows[0]!.title,
    loginIps: async (email) =>
      (await pool.query<{ ip: string }>("SELECT ip FROM login_attempts WHERE email = $1 ORDER BY id", [email.toLowerCase()])).rows.map((r) => r.ip),
    drop: async () => {
      await pool.end().catch(() => undefined);
      await database.drop();
    },
  };
}

async function seed(db: Database): Promise<void> {
  await seedDemoContent(db);
  await upsertStaffUser(db, { email: editor.email, name: editor.name, role: "editor", passwordHash: await hashPassword(editor.password) });
}
