ALTER TABLE "measurement_waves" ADD COLUMN "feedback_intro" text;--> statement-breakpoint
ALTER TABLE "measurement_waves" ADD COLUMN "feedback_published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "measurement_waves" ADD COLUMN "feedback_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "roadmap_goals" ADD COLUMN "source_wave_id" uuid;--> statement-breakpoint
ALTER TABLE "roadmap_goals" ADD COLUMN "source_item_key" text;--> statement-breakpoint
ALTER TABLE "roadmap_goals" ADD CONSTRAINT "roadmap_goals_source_wave_id_measurement_waves_id_fk" FOREIGN KEY ("source_wave_id") REFERENCES "public"."measurement_waves"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "roadmap_goals_source_idx" ON "roadmap_goals" USING btree ("org_id","source_item_key");