CREATE TABLE "rating_reveals" (
	"project_id" text NOT NULL,
	"aspect" text NOT NULL,
	"revealed_by" text,
	"revealed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rating_reveals_project_id_aspect_pk" PRIMARY KEY("project_id","aspect")
);
--> statement-breakpoint
CREATE TABLE "site_comments" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"site_id" text,
	"parent_id" text,
	"latitude" double precision,
	"longitude" double precision,
	"author_id" text NOT NULL,
	"author_role" text NOT NULL,
	"body" text NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "site_comments_position_whole" CHECK (("site_comments"."latitude" is null) = ("site_comments"."longitude" is null))
);
--> statement-breakpoint
CREATE TABLE "site_ratings" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"site_id" text NOT NULL,
	"aspect" text NOT NULL,
	"author_id" text NOT NULL,
	"author_role" text NOT NULL,
	"score" integer NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "site_ratings_score_range" CHECK ("site_ratings"."score" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "rating_reveals" ADD CONSTRAINT "rating_reveals_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_reveals" ADD CONSTRAINT "rating_reveals_revealed_by_users_id_fk" FOREIGN KEY ("revealed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_comments" ADD CONSTRAINT "site_comments_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_comments" ADD CONSTRAINT "site_comments_parent_id_site_comments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."site_comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_comments" ADD CONSTRAINT "site_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_comments" ADD CONSTRAINT "site_comments_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_ratings" ADD CONSTRAINT "site_ratings_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_ratings" ADD CONSTRAINT "site_ratings_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "site_comments_project_idx" ON "site_comments" USING btree ("project_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "site_ratings_one_per_member" ON "site_ratings" USING btree ("project_id","site_id","aspect","author_id");