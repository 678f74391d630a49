import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['tests/unit/setup.ts'],
    globals: true,
    // Parsing the saved pages in jsdom takes seconds on a loaded 2-core machine.
    testTimeout: 20_000,
  },
});
