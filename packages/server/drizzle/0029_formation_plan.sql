CREATE TABLE "formation_plans" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"hours_per_fte" real NOT NULL,
	"targets" jsonb NOT NULL,
	"budget" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "formation_plans" ADD CONSTRAINT "formation_plans_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;