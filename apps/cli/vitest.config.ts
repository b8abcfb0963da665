import { packageConfig } from '../../vitest.shared.js';

export default packageConfig(new URL('./', import.meta.url), {
  // The CLI's suite is the longest: two workers, so its real processes (never-destroy) and its
  // longest in-process tests run side by side.
  test: { maxWorkers: 2 },
  // The 7.9 MB worst-case page takes about 2 GB: in a worker that other files have filled it ran
  // four times slower (past its minute) than in a worker of its own.
  isolated: ['src/bounds.test.ts'],
});
