ALTER TABLE "organisations" ADD COLUMN "staff_fte" real;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "clients_per_year" integer;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "size_version" integer DEFAULT 1 NOT NULL;