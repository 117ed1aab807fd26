-- Site search over the programme: the sessions of the current, published
-- edition (service slots such as breaks have no page) and the people on them
-- with a recorded consent date (nobody else appears anywhere public). The set
-- depends on five tables and on the edition's state, so every change to any of
-- them rebuilds it, once per statement, in the statement's transaction.
CREATE FUNCTION search_sync_program() RETURNS void LANGUAGE sql AS $$
  DELETE FROM search_documents WHERE kind IN ('session', 'person');

  INSERT INTO search_documents (kind, ref, locale, title, body, path, sort_at)
  SELECT 'session', s.id::text, l.locale,
         CASE WHEN l.locale = 'ru' THEN s.title_ru ELSE s.title_en END,
         search_plain_text(CASE WHEN l.locale = 'ru' THEN s.summary_ru || E'\n' || s.body_ru ELSE s.summary_en || E'\n' || s.body_en END),
         '/' || l.locale || '/program/' || s.code || '-' || CASE WHEN l.locale = 'ru' THEN s.slug_ru ELSE s.slug_en END,
         s.starts_at
  FROM program_sessions s
  JOIN editions e ON e.id = s.edition_id AND e.is_current AND e.program_state = 'published'
  JOIN session_formats f ON f.id = s.format_id AND NOT f.is_service
  CROSS JOIN (VALUES ('en'::locale), ('ru'::locale)) AS l(locale);

  INSERT INTO search_documents (kind, ref, locale, title, body, path, sort_at)
  SELECT 'person', p.id::text, l.locale,
         CASE WHEN l.locale = 'ru' THEN btrim(p.last_name_ru || ' ' || p.first_name_ru || ' ' || p.middle_name_ru)
              ELSE p.first_name_en || ' ' || p.last_name_en END,
         search_plain_text(CASE WHEN l.locale = 'ru' THEN p.position_ru || E'\n' || p.organisation_ru || E'\n' || p.bio_ru
                                ELSE p.position_en || E'\n' || p.organisation_en || E'\n' || p.bio_en END),
         '/' || l.locale || '/speakers/' || p.slug,
         p.updated_at
  FROM people p
  CROSS JOIN (VALUES ('en'::locale), ('ru'::locale)) AS l(locale)
  WHERE p.consent_at IS NOT NULL
    AND EXISTS (
      SELECT 1 FROM session_people sp
      JOIN program_sessions s ON s.id = sp.session_id
      JOIN editions e ON e.id = s.edition_id AND e.is_current AND e.program_state = 'published'
      WHERE sp.person_id = p.id
    );

  SELECT search_add_words(string_agg(title || ' ' || body, ' ')) FROM search_documents WHERE kind IN ('session', 'person');
$$;
--> statement-breakpoint
CREATE FUNCTION search_sync_program_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_sync_program();
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER program_sessions_search AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON program_sessions
  FOR EACH STATEMENT EXECUTE FUNCTION search_sync_program_trigger();
--> statement-breakpoint
CREATE TRIGGER people_search AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON people
  FOR EACH STATEMENT EXECUTE FUNCTION search_sync_program_trigger();
--> statement-breakpoint
CREATE TRIGGER session_people_search AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON session_people
  FOR EACH STATEMENT EXECUTE FUNCTION search_sync_program_trigger();
--> statement-breakpoint
CREATE TRIGGER editions_search AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON editions
  FOR EACH STATEMENT EXECUTE FUNCTION search_sync_program_trigger();
--> statement-breakpoint
CREATE TRIGGER session_formats_search AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON session_formats
  FOR EACH STATEMENT EXECUTE FUNCTION search_sync_program_trigger();
--> statement-breakpoint
SELECT search_sync_program();
