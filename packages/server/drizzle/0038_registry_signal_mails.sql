CREATE TABLE "registry_signal_mails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"signal_key" text NOT NULL,
	"signal_date" text DEFAULT '' NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registry_signal_mails_unique" UNIQUE("person_id","signal_key","signal_date")
);
--> statement-breakpoint
ALTER TABLE "registry_people" ADD COLUMN "signal_mails" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "registry_signal_mails" ADD CONSTRAINT "registry_signal_mails_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_signal_mails" ADD CONSTRAINT "registry_signal_mails_person_id_registry_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."registry_people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Row-level security for the mailed signals, as for the other organisation-scoped tables (0002).
ALTER TABLE registry_signal_mails ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON registry_signal_mails USING (org_id = current_org_id()) WITH CHECK (org_id = current_org_id());
