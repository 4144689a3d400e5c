import { defineConfig } from "drizzle-kit";

// Migrations are generated once and run on both PGlite (embedded) and PostgreSQL.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
});
