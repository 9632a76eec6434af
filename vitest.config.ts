import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // End-to-end tests start the CLI and Chromium; a loaded CI machine needs headroom.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
