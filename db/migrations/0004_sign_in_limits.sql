CREATE TABLE "sign_in_limits" (
	"scope" text NOT NULL,
	"username" text NOT NULL,
	"address" text NOT NULL,
	"failures" integer NOT NULL,
	"last_failure_at" timestamp with time zone NOT NULL,
	"last_attempt_allowed" boolean NOT NULL,
	CONSTRAINT "sign_in_limits_scope_username_address_pk" PRIMARY KEY("scope","username","address")
);
--> statement-breakpoint
CREATE INDEX "sign_in_limits_address_idx" ON "sign_in_limits" USING btree ("address","last_failure_at");