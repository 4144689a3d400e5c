CREATE TABLE "reference_layers" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"source" text NOT NULL,
	"name" text NOT NULL,
	"feature_count" integer NOT NULL,
	"bbox" jsonb,
	"data" jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reference_layers" ADD CONSTRAINT "reference_layers_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_layers" ADD CONSTRAINT "reference_layers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reference_layers_project_idx" ON "reference_layers" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reference_layers_one_osm_per_project" ON "reference_layers" USING btree ("project_id") WHERE "reference_layers"."source" = 'osm';