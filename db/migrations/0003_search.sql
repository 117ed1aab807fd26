-- Site search (lib/search): pg_trgm for "did you mean", one table of public
-- documents kept by triggers on the tables it mirrors, and its first filling.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "search_documents" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"ref" text NOT NULL,
	"locale" "locale" NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"path" text NOT NULL,
	"visible_from" timestamp with time zone,
	"sort_at" timestamp with time zone DEFAULT now() NOT NULL,
	"tsv" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector(CASE WHEN locale = 'ru' THEN 'russian'::regconfig ELSE 'english'::regconfig END, translate(title, 'ёЁ', 'еЕ')), 'A') || setweight(to_tsvector(CASE WHEN locale = 'ru' THEN 'russian'::regconfig ELSE 'english'::regconfig END, translate(body, 'ёЁ', 'еЕ')), 'B')) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "search_documents_kind_ref_locale_key" ON "search_documents" USING btree ("kind","ref","locale");--> statement-breakpoint
CREATE INDEX "search_documents_tsv_idx" ON "search_documents" USING gin ("tsv");--> statement-breakpoint
CREATE INDEX "search_documents_locale_sort_idx" ON "search_documents" USING btree ("locale","sort_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);
--> statement-breakpoint
-- MDX or Markdown as plain text for searching and snippets: link targets, tags
-- and markdown marks go; the words stay.
CREATE FUNCTION search_plain_text(source text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT btrim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(source,
    '\]\([^)]*\)', ']', 'g'),
    '<[^>]*>', ' ', 'g'),
    '[#*_`>|~\[\]{}]+|!\[|-{3,}', ' ', 'g'),
    '\s+', ' ', 'g'))
$$;
--> statement-breakpoint
-- The words of a public document, for "did you mean": lower case, ё as е.
CREATE FUNCTION search_add_words(source text) RETURNS void LANGUAGE sql AS $$
  INSERT INTO search_words (word)
  SELECT DISTINCT w FROM regexp_split_to_table(lower(translate(source, 'ёЁ', 'еЕ')), '[^[:alnum:]]+') AS w
  WHERE length(w) BETWEEN 3 AND 40 AND w !~ '^[0-9]+$'
  ON CONFLICT DO NOTHING
$$;
--> statement-breakpoint
-- An article is searchable once published (from its publication time: the
-- search query hides it before), in its own language, at its own address.
CREATE FUNCTION search_sync_news() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM search_documents WHERE kind = 'news' AND ref = OLD.id::text;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  IF NEW.status = 'published' AND NEW.published_at IS NOT NULL THEN
    INSERT INTO search_documents (kind, ref, locale, title, body, path, visible_from, sort_at)
    VALUES ('news', NEW.id::text, NEW.locale, NEW.title, search_plain_text(NEW.lede || E'\n' || NEW.body),
            '/' || NEW.locale || '/news/' || NEW.slug, NEW.published_at, NEW.published_at);
    PERFORM search_add_words(NEW.title || ' ' || NEW.lede || ' ' || NEW.body);
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER news_articles_search AFTER INSERT OR UPDATE OR DELETE ON news_articles
  FOR EACH ROW EXECUTE FUNCTION search_sync_news();
--> statement-breakpoint
-- A visible partner is found in both languages, under its name, on the partners page.
CREATE FUNCTION search_sync_partners() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM search_documents WHERE kind = 'partner' AND ref = OLD.id::text;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  IF NEW.visible THEN
    INSERT INTO search_documents (kind, ref, locale, title, body, path)
    SELECT 'partner', NEW.id::text, l.locale,
           CASE WHEN l.locale = 'ru' THEN NEW.name_ru ELSE NEW.name_en END,
           coalesce(CASE WHEN l.locale = 'ru' THEN r.label_ru ELSE r.label_en END, ''),
           '/' || l.locale || '/partners'
    FROM (VALUES ('en'::locale), ('ru'::locale)) AS l(locale)
    LEFT JOIN partner_roles r ON r.id = NEW.role_id;
    PERFORM search_add_words(NEW.name_ru || ' ' || NEW.name_en);
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER partners_search AFTER INSERT OR UPDATE OR DELETE ON partners
  FOR EACH ROW EXECUTE FUNCTION search_sync_partners();
--> statement-breakpoint
-- What exists already: touching each row runs its trigger.
UPDATE news_articles SET id = id WHERE status = 'published';
--> statement-breakpoint
UPDATE partners SET id = id WHERE visible;
