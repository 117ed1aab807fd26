-- The programme's search rebuild (0005) made safe to run from two transactions
-- at once: it now takes a transaction-scoped advisory lock first.
CREATE OR REPLACE FUNCTION search_sync_program() RETURNS void LANGUAGE sql AS $$
  -- One rebuild at a time: two transactions rebuilding at once (a partner deleted
  -- while a session is saved) each deleted the rows they could see and then
  -- inserted the same keys, and the second failed on search_documents' unique key.
  -- The lock is held to the end of the transaction; the next rebuild's statements
  -- then see what the first committed (each statement of a volatile SQL function
  -- takes a new snapshot).
  SELECT pg_advisory_xact_lock(hashtext('search_sync_program'));

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
