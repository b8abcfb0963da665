import { defineConfig } from 'vitest/config';

// Every package's tests: a generous per-test bound, because Turborepo runs the packages' suites
// side by side on a 2-core machine. It is a hang guard, not a speed test (speed lives in `npm run bench`).
export default defineConfig({
  test: { testTimeout: 60_000, hookTimeout: 60_000 },
});
