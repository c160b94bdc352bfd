CREATE TABLE "policy_topics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"phase" text DEFAULT 'unlock' NOT NULL,
	"notes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roadmap_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"step_key" text NOT NULL,
	"item_key" text NOT NULL,
	"decided_on" date NOT NULL,
	"decision" text NOT NULL,
	"rationale" text NOT NULL,
	"decided_by" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roadmap_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"item_key" text NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"file_name" text,
	"mime_type" text,
	"size" integer,
	"content" "bytea",
	"added_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roadmap_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"step_key" text NOT NULL,
	"title" text NOT NULL,
	"owner_membership_id" uuid,
	"deadline" date,
	"status" text DEFAULT 'open' NOT NULL,
	"achieved" text,
	"cycle" integer DEFAULT 1 NOT NULL,
	"reviewed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roadmap_item_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"item_key" text NOT NULL,
	"changed_by" uuid,
	"changed_by_name" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changes" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roadmap_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"item_key" text NOT NULL,
	"step_key" text NOT NULL,
	"status" text DEFAULT 'notStarted' NOT NULL,
	"owner_membership_id" uuid,
	"due_date" date,
	"notes" text DEFAULT '' NOT NULL,
	"not_applicable_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone,
	CONSTRAINT "roadmap_items_org_item_unique" UNIQUE("org_id","item_key")
);
--> statement-breakpoint
CREATE TABLE "roadmaps" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"framework_version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "policy_topics" ADD CONSTRAINT "policy_topics_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_decisions" ADD CONSTRAINT "roadmap_decisions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_evidence" ADD CONSTRAINT "roadmap_evidence_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_goals" ADD CONSTRAINT "roadmap_goals_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_goals" ADD CONSTRAINT "roadmap_goals_owner_membership_id_memberships_id_fk" FOREIGN KEY ("owner_membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_item_history" ADD CONSTRAINT "roadmap_item_history_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_items" ADD CONSTRAINT "roadmap_items_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_items" ADD CONSTRAINT "roadmap_items_owner_membership_id_memberships_id_fk" FOREIGN KEY ("owner_membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmaps" ADD CONSTRAINT "roadmaps_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "policy_topics_org_idx" ON "policy_topics" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "roadmap_decisions_org_idx" ON "roadmap_decisions" USING btree ("org_id","item_key");--> statement-breakpoint
CREATE INDEX "roadmap_evidence_org_item_idx" ON "roadmap_evidence" USING btree ("org_id","item_key");--> statement-breakpoint
CREATE INDEX "roadmap_goals_org_idx" ON "roadmap_goals" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "roadmap_item_history_org_item_idx" ON "roadmap_item_history" USING btree ("org_id","item_key","changed_at");