import { defineConfig } from "vitest/config";

// Unit and integration tests (real PGlite, real PostgreSQL when TEST_DATABASE_URL
// is set, real sockets). Browser tests live in vitest.e2e.config.ts.
export default defineConfig({
  resolve: { alias: { "~": new URL("./app", import.meta.url).pathname } },
  test: {
    include: ["app/**/*.test.{ts,tsx}", "server/**/*.test.ts", "db/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["test/e2e/**", "test/**/*.browser.test.ts", "node_modules/**", "build/**", "build-*/**"],
    pool: "forks",
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
