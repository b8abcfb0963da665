import { describe, expect, it } from 'vitest';
import { neutralizeFormula, restoreNeutralized } from './neutralize.js';

const rows: { input: string; output: string }[] = [
  { input: '=HYPERLINK("x")', output: `'=HYPERLINK("x")` },
  { input: '=SUM(A1:A2) is not a formula here.', output: "'=SUM(A1:A2) is not a formula here." },
  { input: '+plus', output: "'+plus" },
  { input: '-3.5', output: "'-3.5" },
  { input: '@mention and +plus', output: "'@mention and +plus" },
  { input: '\tcmd', output: "'\tcmd" },
  { input: '\rcmd', output: "'\rcmd" },
  { input: "'quoted", output: "''quoted" },
  { input: 'Prime Minister | acting', output: 'Prime Minister | acting' },
  { input: 'a = b + c - d @ e', output: 'a = b + c - d @ e' },
  { input: ' =not first', output: ' =not first' },
  { input: 'Tündük', output: 'Tündük' },
  { input: '', output: '' },
];

describe('neutralizeFormula', () => {
  it.each(rows)('should turn $input into $output', ({ input, output }) => {
    expect(neutralizeFormula(input)).toBe(output);
  });

  it.each(rows)('should give $input back from restoreNeutralized', ({ input }) => {
    expect(restoreNeutralized(neutralizeFormula(input))).toBe(input);
  });
});
