import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    // End-to-end tests spawn the built binary and drive real terminals: give them room on a 2-core CI box.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
