import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  resolve: { alias: { "~": new URL("./app", import.meta.url).pathname } },
  plugins: [
    remix({
      // BUILD_DIR lets parallel builds keep apart (the server reads the same variable).
      buildDirectory: process.env.BUILD_DIR ?? "build",
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
        v3_routeConfig: true,
      },
    }),
  ],
  optimizeDeps: {
    exclude: ["@node-rs/argon2"],
    include: [
      "@digdir/designsystemet-react",
      "i18next",
      "react-i18next",
      "yjs",
      "y-websocket",
      "y-indexeddb",
      "lib0/decoding",
      "leaflet",
      "react-leaflet",
      "@geoman-io/leaflet-geoman-free",
      // Reached by the dependency scan through *.server.ts imports of route modules;
      // listing them avoids a full reload on the first page load in dev.
      "@remix-run/node",
      "cookie",
      "drizzle-orm",
      "drizzle-orm/pg-core",
      "remix-i18next/server",
      "rate-limiter-flexible",
      "zod",
    ],
  },
  server: { hmr: { port: 24679 } },
});
