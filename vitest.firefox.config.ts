import { defineConfig } from 'vitest/config';

// End-to-end tests in Debian's Firefox ESR with the built Firefox extension: one file at a time.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.firefox.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
