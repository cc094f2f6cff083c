import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // Data modules import "server-only" to keep them out of client bundles; in tests they run on the server anyway.
      "server-only": path.resolve(__dirname, "tests/unit/support/server-only.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    environment: "node",
    globalSetup: ["tests/unit/support/global-setup.ts"],
    setupFiles: ["tests/unit/support/setup.ts"],
    pool: "forks",
  },
});
