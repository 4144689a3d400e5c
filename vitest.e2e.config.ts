import { defineConfig } from "vitest/config";

// End-to-end tests: the production build served by server/main.ts, driven by
// Playwright in Debian's Chromium. One file at a time: each starts its own server.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts", "test/security/**/*.browser.test.ts"],
    pool: "forks",
    poolOptions: { forks: { singleFork: true } },
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
