CREATE TYPE "public"."program_state" AS ENUM('hidden', 'published');--> statement-breakpoint
CREATE TYPE "public"."session_role" AS ENUM('moderator', 'co_moderator', 'keynote', 'speaker');--> statement-breakpoint
CREATE TYPE "public"."session_status" AS ENUM('scheduled', 'rescheduled', 'moved_online', 'cancelled');--> statement-breakpoint
CREATE TABLE "editions" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title_en" text NOT NULL,
	"title_ru" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"timezone" text NOT NULL,
	"zone_label_en" text NOT NULL,
	"zone_label_ru" text NOT NULL,
	"venue_name_en" text DEFAULT '' NOT NULL,
	"venue_name_ru" text DEFAULT '' NOT NULL,
	"venue_address_en" text DEFAULT '' NOT NULL,
	"venue_address_ru" text DEFAULT '' NOT NULL,
	"program_state" "program_state" DEFAULT 'hidden' NOT NULL,
	"is_current" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "editions_dates_ordered" CHECK ("editions"."ends_on" >= "editions"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "halls" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" integer NOT NULL,
	"slug" text NOT NULL,
	"name_en" text NOT NULL,
	"name_ru" text NOT NULL,
	"directions_en" text DEFAULT '' NOT NULL,
	"directions_ru" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"last_name_ru" text NOT NULL,
	"first_name_ru" text NOT NULL,
	"middle_name_ru" text DEFAULT '' NOT NULL,
	"last_name_en" text NOT NULL,
	"first_name_en" text NOT NULL,
	"position_en" text DEFAULT '' NOT NULL,
	"position_ru" text DEFAULT '' NOT NULL,
	"organisation_en" text DEFAULT '' NOT NULL,
	"organisation_ru" text DEFAULT '' NOT NULL,
	"partner_id" integer,
	"bio_en" text DEFAULT '' NOT NULL,
	"bio_ru" text DEFAULT '' NOT NULL,
	"photo_media_id" integer,
	"consent_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_sessions" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" integer NOT NULL,
	"code" text NOT NULL,
	"slug_en" text NOT NULL,
	"slug_ru" text NOT NULL,
	"title_en" text NOT NULL,
	"title_ru" text NOT NULL,
	"summary_en" text DEFAULT '' NOT NULL,
	"summary_ru" text DEFAULT '' NOT NULL,
	"body_en" text DEFAULT '' NOT NULL,
	"body_ru" text DEFAULT '' NOT NULL,
	"format_id" integer NOT NULL,
	"track_id" integer,
	"hall_id" integer,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" "session_status" DEFAULT 'scheduled' NOT NULL,
	"previous_starts_at" timestamp with time zone,
	"ics_sequence" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_sessions_code_shape" CHECK ("program_sessions"."code" ~ '^[A-Z2-9]{6}$'),
	CONSTRAINT "program_sessions_ends_after_start" CHECK ("program_sessions"."ends_at" > "program_sessions"."starts_at"),
	CONSTRAINT "program_sessions_rescheduled_has_previous" CHECK ("program_sessions"."status" <> 'rescheduled' OR "program_sessions"."previous_starts_at" IS NOT NULL),
	CONSTRAINT "program_sessions_sequence_non_negative" CHECK ("program_sessions"."ics_sequence" >= 0)
);
--> statement-breakpoint
CREATE TABLE "session_formats" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" integer NOT NULL,
	"key" text NOT NULL,
	"name_en" text NOT NULL,
	"name_ru" text NOT NULL,
	"is_service" boolean DEFAULT false NOT NULL,
	"spans_all_halls" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_people" (
	"session_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"role" "session_role" NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"position_en" text DEFAULT '' NOT NULL,
	"position_ru" text DEFAULT '' NOT NULL,
	"organisation_en" text DEFAULT '' NOT NULL,
	"organisation_ru" text DEFAULT '' NOT NULL,
	CONSTRAINT "session_people_session_id_person_id_pk" PRIMARY KEY("session_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "tracks" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" integer NOT NULL,
	"slug" text NOT NULL,
	"name_en" text NOT NULL,
	"name_ru" text NOT NULL,
	"color" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "tracks_color_hex" CHECK ("tracks"."color" ~ '^#[0-9a-f]{6}$')
);
--> statement-breakpoint
ALTER TABLE "halls" ADD CONSTRAINT "halls_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_photo_media_id_media_id_fk" FOREIGN KEY ("photo_media_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_sessions" ADD CONSTRAINT "program_sessions_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_sessions" ADD CONSTRAINT "program_sessions_format_id_session_formats_id_fk" FOREIGN KEY ("format_id") REFERENCES "public"."session_formats"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_sessions" ADD CONSTRAINT "program_sessions_track_id_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."tracks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_sessions" ADD CONSTRAINT "program_sessions_hall_id_halls_id_fk" FOREIGN KEY ("hall_id") REFERENCES "public"."halls"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_formats" ADD CONSTRAINT "session_formats_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_people" ADD CONSTRAINT "session_people_session_id_program_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."program_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_people" ADD CONSTRAINT "session_people_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracks" ADD CONSTRAINT "tracks_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "editions_slug_key" ON "editions" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "editions_one_current" ON "editions" USING btree ("is_current") WHERE "editions"."is_current";--> statement-breakpoint
CREATE UNIQUE INDEX "halls_edition_slug_key" ON "halls" USING btree ("edition_id","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "people_slug_key" ON "people" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "program_sessions_code_key" ON "program_sessions" USING btree ("code");--> statement-breakpoint
CREATE INDEX "program_sessions_edition_start_idx" ON "program_sessions" USING btree ("edition_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "session_formats_edition_key_key" ON "session_formats" USING btree ("edition_id","key");--> statement-breakpoint
CREATE INDEX "session_people_person_idx" ON "session_people" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tracks_edition_slug_key" ON "tracks" USING btree ("edition_id","slug");