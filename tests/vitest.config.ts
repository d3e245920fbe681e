import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts'],
    // Starts DynamoDB Local once per run, only when integration tests are part of it.
    globalSetup: ['tests/helpers/dynamodb-global-setup.ts'],
    // Suites that start DynamoDB Local or synth CDK need more than the default 5 s.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { NODE_NO_WARNINGS: '1' },
  },
});
