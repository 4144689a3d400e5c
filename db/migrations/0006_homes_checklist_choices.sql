CREATE TABLE "checklist_events" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"item_key" text NOT NULL,
	"home_id" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"status" text,
	"body" text DEFAULT '' NOT NULL,
	"author_id" text,
	"author_role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "checklist_items" (
	"project_id" text NOT NULL,
	"item_key" text NOT NULL,
	"template_version" integer NOT NULL,
	"responsible_role" text,
	"due_phase" text,
	"due_date" text,
	"decision" text,
	"decision_reason" text,
	"decision_log_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checklist_items_project_id_item_key_pk" PRIMARY KEY("project_id","item_key")
);
--> statement-breakpoint
CREATE TABLE "checklist_states" (
	"project_id" text NOT NULL,
	"item_key" text NOT NULL,
	"home_id" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"updated_by" text,
	"updated_role" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checklist_states_project_id_item_key_home_id_pk" PRIMARY KEY("project_id","item_key","home_id")
);
--> statement-breakpoint
CREATE TABLE "checklist_versions" (
	"project_id" text PRIMARY KEY NOT NULL,
	"template_version" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "choice_categories" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"name" text NOT NULL,
	"preview_part" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"opens_on" text NOT NULL,
	"closes_on" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "choice_events" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"home_id" text NOT NULL,
	"category_id" text,
	"option_id" text,
	"kind" text NOT NULL,
	"actor_id" text,
	"actor_role" text NOT NULL,
	"meeting" text,
	"meeting_date" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "choice_favourites" (
	"home_id" text NOT NULL,
	"option_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "choice_favourites_home_id_option_id_pk" PRIMARY KEY("home_id","option_id")
);
--> statement-breakpoint
CREATE TABLE "choice_options" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"category_id" text NOT NULL,
	"name" text NOT NULL,
	"color" text NOT NULL,
	"color_code" text DEFAULT '' NOT NULL,
	"material" text DEFAULT '' NOT NULL,
	"robustness_note" text DEFAULT '' NOT NULL,
	"robustness" text DEFAULT 'ok' NOT NULL,
	"is_standard" boolean DEFAULT false NOT NULL,
	"photo_file_id" text,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "choice_reopenings" (
	"home_id" text NOT NULL,
	"category_id" text NOT NULL,
	"opens_until" text NOT NULL,
	"reopened_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "choice_reopenings_home_id_category_id_pk" PRIMARY KEY("home_id","category_id")
);
--> statement-breakpoint
CREATE TABLE "files" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"purpose" text NOT NULL,
	"subject_key" text NOT NULL,
	"home_id" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"content_type" text NOT NULL,
	"file_name" text NOT NULL,
	"byte_size" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"thumbnail" "bytea",
	"width" integer,
	"height" integer,
	"latitude" double precision,
	"longitude" double precision,
	"caption" text DEFAULT '' NOT NULL,
	"uploaded_by" text,
	"uploaded_role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "home_choices" (
	"home_id" text NOT NULL,
	"category_id" text NOT NULL,
	"project_id" text NOT NULL,
	"option_id" text NOT NULL,
	"confirmed_at" timestamp with time zone,
	"chosen_by" text,
	"chosen_role" text NOT NULL,
	"with_resident_meeting" text,
	"with_resident_date" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "home_choices_home_id_category_id_pk" PRIMARY KEY("home_id","category_id")
);
--> statement-breakpoint
CREATE TABLE "homes" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"number" integer NOT NULL,
	"name" text NOT NULL,
	"house_type_id" text,
	"resident_id" text,
	"allocated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "house_types" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "checklist_events" ADD CONSTRAINT "checklist_events_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_events" ADD CONSTRAINT "checklist_events_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_items" ADD CONSTRAINT "checklist_items_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_states" ADD CONSTRAINT "checklist_states_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_states" ADD CONSTRAINT "checklist_states_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_versions" ADD CONSTRAINT "checklist_versions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choice_categories" ADD CONSTRAINT "choice_categories_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choice_events" ADD CONSTRAINT "choice_events_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choice_events" ADD CONSTRAINT "choice_events_home_id_homes_id_fk" FOREIGN KEY ("home_id") REFERENCES "public"."homes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choice_events" ADD CONSTRAINT "choice_events_category_id_choice_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."choice_categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choice_events" ADD CONSTRAINT "choice_events_option_id_choice_options_id_fk" FOREIGN KEY ("option_id") REFERENCES "public"."choice_options"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choice_events" ADD CONSTRAINT "choice_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choice_favourites" ADD CONSTRAINT "choice_favourites_home_id_homes_id_fk" FOREIGN KEY ("home_id") REFERENCES "public"."homes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choice_favourites" ADD CONSTRAINT "choice_favourites_option_id_choice_options_id_fk" FOREIGN KEY ("option_id") REFERENCES "public"."choice_options"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choice_options" ADD CONSTRAINT "choice_options_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choice_options" ADD CONSTRAINT "choice_options_category_id_choice_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."choice_categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choice_options" ADD CONSTRAINT "choice_options_photo_file_id_files_id_fk" FOREIGN KEY ("photo_file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choice_reopenings" ADD CONSTRAINT "choice_reopenings_home_id_homes_id_fk" FOREIGN KEY ("home_id") REFERENCES "public"."homes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choice_reopenings" ADD CONSTRAINT "choice_reopenings_category_id_choice_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."choice_categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choice_reopenings" ADD CONSTRAINT "choice_reopenings_reopened_by_users_id_fk" FOREIGN KEY ("reopened_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_choices" ADD CONSTRAINT "home_choices_home_id_homes_id_fk" FOREIGN KEY ("home_id") REFERENCES "public"."homes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_choices" ADD CONSTRAINT "home_choices_category_id_choice_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."choice_categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_choices" ADD CONSTRAINT "home_choices_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_choices" ADD CONSTRAINT "home_choices_option_id_choice_options_id_fk" FOREIGN KEY ("option_id") REFERENCES "public"."choice_options"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_choices" ADD CONSTRAINT "home_choices_chosen_by_users_id_fk" FOREIGN KEY ("chosen_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "homes" ADD CONSTRAINT "homes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "homes" ADD CONSTRAINT "homes_house_type_id_house_types_id_fk" FOREIGN KEY ("house_type_id") REFERENCES "public"."house_types"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "homes" ADD CONSTRAINT "homes_resident_id_users_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "house_types" ADD CONSTRAINT "house_types_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "checklist_events_item_idx" ON "checklist_events" USING btree ("project_id","item_key","created_at");--> statement-breakpoint
CREATE INDEX "choice_categories_project_idx" ON "choice_categories" USING btree ("project_id","position");--> statement-breakpoint
CREATE INDEX "choice_events_project_idx" ON "choice_events" USING btree ("project_id","created_at");--> statement-breakpoint
CREATE INDEX "choice_options_category_idx" ON "choice_options" USING btree ("category_id","position");--> statement-breakpoint
CREATE INDEX "files_subject_idx" ON "files" USING btree ("project_id","purpose","subject_key");--> statement-breakpoint
CREATE UNIQUE INDEX "homes_number_per_project" ON "homes" USING btree ("project_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "homes_one_per_resident" ON "homes" USING btree ("project_id","resident_id");--> statement-breakpoint
CREATE INDEX "house_types_project_idx" ON "house_types" USING btree ("project_id");