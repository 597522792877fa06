import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    passWithNoTests: false,
    // Some tests run the command-line checker as a process; a loaded 2-core machine is slow.
    testTimeout: 30_000,
  },
});
