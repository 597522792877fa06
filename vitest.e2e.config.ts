import { defineConfig } from 'vitest/config';

// End-to-end tests drive one real Chromium at a time; they run after `npm run build`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
    passWithNoTests: false,
  },
});
