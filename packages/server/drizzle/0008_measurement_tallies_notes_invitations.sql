CREATE TABLE "conversation_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"wave_id" uuid,
	"team_id" uuid,
	"held_on" date NOT NULL,
	"summary" text NOT NULL,
	"themes" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "response_tallies" (
	"org_id" uuid NOT NULL,
	"wave_id" uuid NOT NULL,
	"team_key" text NOT NULL,
	"perspective" text NOT NULL,
	"measure" text NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	"sum" double precision DEFAULT 0 NOT NULL,
	"d1" integer DEFAULT 0 NOT NULL,
	"d2" integer DEFAULT 0 NOT NULL,
	"d3" integer DEFAULT 0 NOT NULL,
	"d4" integer DEFAULT 0 NOT NULL,
	"d5" integer DEFAULT 0 NOT NULL,
	"offered" integer DEFAULT 0 NOT NULL,
	"dont_knows" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "response_tallies_wave_id_team_key_perspective_measure_pk" PRIMARY KEY("wave_id","team_key","perspective","measure")
);
--> statement-breakpoint
ALTER TABLE "wave_links" ADD COLUMN "single_use" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "wave_links" ADD COLUMN "used" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "conversation_notes" ADD CONSTRAINT "conversation_notes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_notes" ADD CONSTRAINT "conversation_notes_wave_id_measurement_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."measurement_waves"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_notes" ADD CONSTRAINT "conversation_notes_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_notes" ADD CONSTRAINT "conversation_notes_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_tallies" ADD CONSTRAINT "response_tallies_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_tallies" ADD CONSTRAINT "response_tallies_wave_id_measurement_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."measurement_waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conversation_notes_org_idx" ON "conversation_notes" USING btree ("org_id","held_on");