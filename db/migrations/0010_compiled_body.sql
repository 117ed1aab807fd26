ALTER TABLE "news_articles" ADD COLUMN "compiled_body" text;--> statement-breakpoint
ALTER TABLE "news_articles" ADD COLUMN "compiled_with" text;