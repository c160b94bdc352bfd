CREATE TABLE "network_snapshots" (
	"period" text PRIMARY KEY NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	"participating" integer NOT NULL,
	"inputs" jsonb NOT NULL
);
--> statement-breakpoint
-- Network-wide, with every organisation's own values inside: never readable in a tenant transaction.
REVOKE ALL ON "network_snapshots" FROM derde_bron_app;
