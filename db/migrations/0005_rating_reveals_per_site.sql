ALTER TABLE "rating_reveals" DROP CONSTRAINT "rating_reveals_project_id_aspect_pk";--> statement-breakpoint
ALTER TABLE "rating_reveals" ADD COLUMN "site_id" text;--> statement-breakpoint
CREATE UNIQUE INDEX "rating_reveals_one_per_project" ON "rating_reveals" USING btree ("project_id","aspect") WHERE "rating_reveals"."site_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "rating_reveals_one_per_site" ON "rating_reveals" USING btree ("project_id","site_id","aspect") WHERE "rating_reveals"."site_id" is not null;