CREATE TABLE "roadmap_capacities" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"role" text NOT NULL,
	"hours_per_week" integer NOT NULL,
	"started_on" date NOT NULL,
	"ends_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "roadmap_capacities" ADD CONSTRAINT "roadmap_capacities_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Row-level security as for the other roadmap tables (0004).
ALTER TABLE roadmap_capacities ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON roadmap_capacities USING (org_id = current_org_id()) WITH CHECK (org_id = current_org_id());
