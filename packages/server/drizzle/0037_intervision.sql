CREATE TABLE "intervision_participants" (
	"session_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"log_id" uuid,
	CONSTRAINT "intervision_participants_session_id_person_id_pk" PRIMARY KEY("session_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "intervision_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"setting" text NOT NULL,
	"held_on" date NOT NULL,
	"method" text NOT NULL,
	"themes" text DEFAULT '' NOT NULL,
	"agreements" text DEFAULT '' NOT NULL,
	"finished_at" timestamp with time zone,
	"minutes" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "intervision_participants" ADD CONSTRAINT "intervision_participants_session_id_intervision_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."intervision_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervision_participants" ADD CONSTRAINT "intervision_participants_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervision_participants" ADD CONSTRAINT "intervision_participants_person_id_registry_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."registry_people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervision_participants" ADD CONSTRAINT "intervision_participants_log_id_registry_logs_id_fk" FOREIGN KEY ("log_id") REFERENCES "public"."registry_logs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervision_sessions" ADD CONSTRAINT "intervision_sessions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Row-level security for structured intervisie, as for the other organisation-scoped tables (0002).
ALTER TABLE intervision_sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON intervision_sessions USING (org_id = current_org_id()) WITH CHECK (org_id = current_org_id());
--> statement-breakpoint
ALTER TABLE intervision_participants ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON intervision_participants USING (org_id = current_org_id()) WITH CHECK (org_id = current_org_id());
