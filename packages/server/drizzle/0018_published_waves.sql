-- A wave's groups with their declared headcounts; links belong to a group; responses are sealed and
-- a closed wave's results are published once (see modules/measurement). Existing links and
-- responses get groups whose headcount is what they already hold; closed waves are published by
-- the app when it next runs (it needs the secret key to seal their responses).
CREATE TABLE "wave_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"wave_id" uuid NOT NULL,
	"team_id" uuid,
	"team_key" text NOT NULL,
	"team_name" text,
	"perspective" text NOT NULL,
	"headcount" integer NOT NULL,
	"received" integer DEFAULT 0 NOT NULL,
	"open" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wave_groups_group_unique" UNIQUE("wave_id","team_key","perspective"),
	CONSTRAINT "wave_groups_headcount_positive" CHECK ("headcount" > 0 AND "received" <= "headcount")
);
--> statement-breakpoint
ALTER TABLE "wave_groups" ADD CONSTRAINT "wave_groups_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wave_groups" ADD CONSTRAINT "wave_groups_wave_id_measurement_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."measurement_waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wave_groups" ADD CONSTRAINT "wave_groups_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wave_groups" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON "wave_groups" USING (org_id = current_org_id()) WITH CHECK (org_id = current_org_id());--> statement-breakpoint
INSERT INTO "wave_groups" ("org_id", "wave_id", "team_id", "team_key", "team_name", "perspective", "headcount", "received")
SELECT g.org_id, g.wave_id, g.team_id, coalesce(g.team_id::text, ''), (SELECT name FROM "teams" WHERE id = g.team_id),
  g.perspective, greatest(1, g.responses, g.invitations), g.responses
FROM (
  SELECT org_id, wave_id, team_id, perspective,
    sum(responses)::int AS responses, sum(invitations)::int AS invitations
  FROM (
    SELECT org_id, wave_id, team_id, perspective, 1 AS responses, 0 AS invitations FROM "responses"
    UNION ALL
    SELECT org_id, wave_id, team_id, perspective, 0, CASE WHEN single_use THEN 1 ELSE 0 END FROM "wave_links"
  ) AS rows
  GROUP BY org_id, wave_id, team_id, perspective
) AS g;--> statement-breakpoint
ALTER TABLE "wave_links" ADD COLUMN "group_id" uuid;--> statement-breakpoint
UPDATE "wave_links" AS l SET "group_id" = g.id FROM "wave_groups" AS g
  WHERE g.wave_id = l.wave_id AND g.team_key = coalesce(l.team_id::text, '') AND g.perspective = l.perspective;--> statement-breakpoint
ALTER TABLE "wave_links" ALTER COLUMN "group_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "wave_links" ADD CONSTRAINT "wave_links_group_id_wave_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."wave_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wave_links" ADD COLUMN "sealed_invitation" text;--> statement-breakpoint
ALTER TABLE "wave_links" ADD COLUMN "reminded_on" date;--> statement-breakpoint
ALTER TABLE "wave_links" DROP CONSTRAINT "wave_links_team_id_teams_id_fk";--> statement-breakpoint
ALTER TABLE "wave_links" DROP COLUMN "perspective";--> statement-breakpoint
ALTER TABLE "wave_links" DROP COLUMN "team_id";--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "sealed" text;--> statement-breakpoint
ALTER TABLE "responses" ALTER COLUMN "perspective" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "responses" ALTER COLUMN "submitted_on" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "responses" ALTER COLUMN "answers" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "measurement_waves" ADD COLUMN "published" jsonb;--> statement-breakpoint
ALTER TABLE "measurement_waves" DROP COLUMN "closed_totals";--> statement-breakpoint
DROP TABLE "response_tallies" CASCADE;
