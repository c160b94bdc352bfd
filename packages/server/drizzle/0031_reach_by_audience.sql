ALTER TABLE "activity_reach" ADD COLUMN "adults" integer;--> statement-breakpoint
ALTER TABLE "activity_reach" ADD COLUMN "children" integer;--> statement-breakpoint
ALTER TABLE "activity_reach" ADD COLUMN "partners" integer;--> statement-breakpoint
ALTER TABLE "activity_reach" ADD COLUMN "network" integer;--> statement-breakpoint
-- Quarters typed as free text before the list ("2025 Q3", "q3-2025", "2025/Q3") written as 2025-Q3,
-- unless the activity already has that quarter.
UPDATE "activity_reach" AS r SET "quarter" = n.normal
FROM (
  SELECT id,
    CASE
      WHEN quarter ~ '^\s*\d{4}\s*[-/ ]?\s*[Qq][1-4]\s*$'
        THEN regexp_replace(quarter, '^\s*(\d{4})\s*[-/ ]?\s*[Qq]([1-4])\s*$', '\1-Q\2')
      WHEN quarter ~ '^\s*[Qq][1-4]\s*[-/ ]?\s*\d{4}\s*$'
        THEN regexp_replace(quarter, '^\s*[Qq]([1-4])\s*[-/ ]?\s*(\d{4})\s*$', '\2-Q\1')
    END AS normal
  FROM "activity_reach"
) AS n
WHERE r.id = n.id AND n.normal IS NOT NULL AND n.normal <> r.quarter
  AND NOT EXISTS (SELECT 1 FROM "activity_reach" o WHERE o.activity_id = r.activity_id AND o.quarter = n.normal);
