import { workspaceConfig } from './vitest.shared.js';

// `npm test`: every package's tests in one vitest run (see workspaceConfig).
export default workspaceConfig(new URL('./', import.meta.url));
