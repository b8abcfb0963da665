import { describe, expect, it } from 'vitest';

describe('@profiles/export-csv', () => {
  it('should expose exactly its public API', async () => {
    expect(Object.keys(await import('./index.js')).sort()).toEqual([
      'CSV_DIALECT',
      'DATA_PACKAGE_FILE',
      'DATA_PACKAGE_VERSION',
      'TABLES',
      'csvPages',
      'exportCsv',
      'isFreeText',
      'neutralizeFormula',
      'restoreNeutralized',
      'toTableSchema',
    ]);
  });
});
