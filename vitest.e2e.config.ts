import { defineConfig } from 'vitest/config';

// End-to-end tests drive a real Chromium with the built extension, so files
// run one at a time (one browser each) and steps get generous timeouts.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
