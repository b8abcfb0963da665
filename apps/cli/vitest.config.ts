import { defineConfig } from 'vitest/config';

// These tests run the real `profiles` command as a child process; on a busy 2-core machine one
// build can take seconds, so the per-test bound is generous (it is a hang guard, not a speed test).
export default defineConfig({
  test: { testTimeout: 60_000, hookTimeout: 60_000 },
});
