import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { countCsvRows } from './csv-rows.js';
import { PERSONS_CSV } from './fixtures/dataset.js';

describe('countCsvRows', () => {
  it.each([
    ['', 0],
    ['id,name\n', 0],
    ['id,name', 0],
    ['id,name\n1,a\n2,b\n', 2],
    ['id,name\n1,a\n2,b', 2],
    ['id,name\r\n1,a\r\n2,b\r\n', 2],
    ['id,name\n1,"a\nb"\n', 1],
    ['id,name\n1,"say ""x""\n, ok"\n', 1],
    ['\uFEFFid,name\n1,a\n', 1],
    ['id\n""\n', 1],
    ['id,text\r\n1,two\nlines\r\n2,b\r\n', 2],
    ['id,text\n1,a\r\n2,b\n', 2],
    [PERSONS_CSV, 3],
  ])('should count %j as %i rows', (text, rows) => {
    expect(countCsvRows(text)).toBe(rows);
  });

  it('should agree with csv-parse on quoted line breaks and quotes', () => {
    for (const text of [PERSONS_CSV, 'a,b\n"1\n2",3\n"x""y",z\n', 'id,text\r\n1,two\n\nparagraphs\r\n2,b\r\n']) {
      const records = parse(text, { bom: true }) as unknown[];
      expect(countCsvRows(text)).toBe(records.length - 1);
    }
  });
});
