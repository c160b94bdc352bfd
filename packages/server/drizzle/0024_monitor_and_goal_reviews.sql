CREATE TABLE "monitor_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"cycle" integer NOT NULL,
	"kind" text NOT NULL,
	"content_version" integer NOT NULL,
	"held_on" date NOT NULL,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitor_rounds_org_cycle_kind_unique" UNIQUE("org_id","cycle","kind")
);
--> statement-breakpoint
CREATE TABLE "monitor_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"subject_key" text NOT NULL,
	"score" smallint,
	"rationale" text DEFAULT '' NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_by_name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitor_scores_round_subject_unique" UNIQUE("round_id","subject_key")
);
--> statement-breakpoint
CREATE TABLE "monitor_team_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"team_role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitor_team_members_org_member_unique" UNIQUE("org_id","membership_id")
);
--> statement-breakpoint
CREATE TABLE "roadmap_goal_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"cycle" integer NOT NULL,
	"monitor_round_id" uuid,
	"achieved" text,
	"note" text DEFAULT '' NOT NULL,
	"reviewed_by" uuid,
	"reviewed_by_name" text NOT NULL,
	"reviewed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "monitor_rounds" ADD CONSTRAINT "monitor_rounds_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_scores" ADD CONSTRAINT "monitor_scores_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_scores" ADD CONSTRAINT "monitor_scores_round_id_monitor_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."monitor_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_team_members" ADD CONSTRAINT "monitor_team_members_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_team_members" ADD CONSTRAINT "monitor_team_members_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_goal_reviews" ADD CONSTRAINT "roadmap_goal_reviews_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_goal_reviews" ADD CONSTRAINT "roadmap_goal_reviews_goal_id_roadmap_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."roadmap_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monitor_scores_org_idx" ON "monitor_scores" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "roadmap_goal_reviews_org_goal_idx" ON "roadmap_goal_reviews" USING btree ("org_id","goal_id","reviewed_at");