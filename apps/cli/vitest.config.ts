import { packageConfig } from '../../vitest.shared.js';

export default packageConfig(new URL('./', import.meta.url), {
  // The CLI's suite is the longest: two workers, so its real processes (never-destroy) and its
  // longest in-process tests run side by side.
  test: { maxWorkers: 2 },
});
