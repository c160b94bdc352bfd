CREATE TABLE "measurement_waves" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"instrument_version" integer NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"closed_at" timestamp with time zone,
	"perspectives" jsonb NOT NULL,
	"min_cell" integer NOT NULL,
	"min_sensitive_cell" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"wave_id" uuid NOT NULL,
	"perspective" text NOT NULL,
	"team_id" uuid,
	"submitted_on" date NOT NULL,
	"answers" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "submission_keys" (
	"org_id" uuid NOT NULL,
	"wave_id" uuid NOT NULL,
	"key_hash" text NOT NULL,
	CONSTRAINT "submission_keys_wave_id_key_hash_pk" PRIMARY KEY("wave_id","key_hash")
);
--> statement-breakpoint
CREATE TABLE "wave_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"wave_id" uuid NOT NULL,
	"perspective" text NOT NULL,
	"team_id" uuid,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wave_links_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "measurement_waves" ADD CONSTRAINT "measurement_waves_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_wave_id_measurement_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."measurement_waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_keys" ADD CONSTRAINT "submission_keys_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_keys" ADD CONSTRAINT "submission_keys_wave_id_measurement_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."measurement_waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wave_links" ADD CONSTRAINT "wave_links_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wave_links" ADD CONSTRAINT "wave_links_wave_id_measurement_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."measurement_waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wave_links" ADD CONSTRAINT "wave_links_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "measurement_waves_org_idx" ON "measurement_waves" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "responses_wave_idx" ON "responses" USING btree ("wave_id");--> statement-breakpoint
CREATE INDEX "wave_links_wave_idx" ON "wave_links" USING btree ("wave_id");