import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig, type Plugin } from "vite";

/**
 * Designsystemet's React package does not say it is free of side effects, so a bundle keeps every
 * component an index re-exports (STACK.md, trap 5). Its own modules have none (the custom elements
 * it uses register in their own packages, which keep theirs), so tell Rollup; unused components drop.
 */
function designsystemetWithoutSideEffects(): Plugin {
  return {
    name: "designsystemet-without-side-effects",
    enforce: "pre",
    apply: "build",
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved && /[\\/]@digdir[\\/]designsystemet-react[\\/]dist[\\/]esm[\\/]/.test(resolved.id)) {
        return { ...resolved, moduleSideEffects: false };
      }
      return resolved;
    },
  };
}

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  resolve: { alias: { "~": new URL("./app", import.meta.url).pathname } },
  plugins: [
    designsystemetWithoutSideEffects(),
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
