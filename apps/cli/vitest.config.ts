import { packageConfig } from '../../vitest.shared.js';

// The CLI's suite is the longest: two workers, so its real processes (never-destroy) and its
// longest in-process test (bounds) run side by side.
export default packageConfig(new URL('./', import.meta.url), { maxWorkers: 2 });
