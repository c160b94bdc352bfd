ALTER TABLE "registry_logs" ADD COLUMN "hours" real;--> statement-breakpoint
ALTER TABLE "registry_people" ADD COLUMN "training_nlqf" integer;--> statement-breakpoint
ALTER TABLE "registry_people" ADD COLUMN "training_route" text;--> statement-breakpoint
ALTER TABLE "registry_people" ADD COLUMN "skj_number" text;--> statement-breakpoint
ALTER TABLE "registry_people" ADD COLUMN "skj_expires_on" date;--> statement-breakpoint
ALTER TABLE "registry_people" ADD COLUMN "job_title" text;--> statement-breakpoint
ALTER TABLE "registry_people" ADD COLUMN "salary_scale" text;--> statement-breakpoint
ALTER TABLE "registry_people" ADD COLUMN "job_addendum" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "registry_settings" ADD COLUMN "norms" jsonb;--> statement-breakpoint
ALTER TABLE "registry_settings" ADD COLUMN "levels_present" text[];