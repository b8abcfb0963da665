import { packageConfig } from '../../vitest.shared.js';

export default packageConfig(new URL('./', import.meta.url));
