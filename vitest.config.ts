import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{core,db,electron,harness,scripts,renderer}/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
