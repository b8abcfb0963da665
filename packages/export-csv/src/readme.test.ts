import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Column } from './columns.js';
import { TABLES } from './schema.js';
import type { Table } from './table.js';

const README = new URL('../README.md', import.meta.url);
const START = '<!-- tables:start -->';
const END = '<!-- tables:end -->';

function cell(text: string): string {
  return text.replaceAll('|', '\\|');
}

function describeColumn(column: Column): string {
  const parts = [column.summary];
  if (column.enum) parts.push(`One of ${column.enum.map((v) => `\`${v}\``).join(', ')}.`);
  if (column.minimum !== undefined && column.maximum !== undefined) parts.push(`From ${column.minimum} to ${column.maximum}.`);
  else if (column.minimum !== undefined) parts.push(`At least ${column.minimum}.`);
  else if (column.maximum !== undefined) parts.push(`At most ${column.maximum}.`);
  if (column.unique) parts.push('Unique.');
  return cell(parts.join(' '));
}

function tableMarkdown(table: Table): string {
  const key = table.primaryKey.map((k) => `\`${k}\``).join(', ');
  const links = table.foreignKeys.map(
    (fk) => `\`${fk.fields.join('`, `')}\` → \`${fk.reference.resource}.${fk.reference.fields.join('`, `')}\``,
  );
  return [
    `#### \`${table.name}.csv\``,
    '',
    table.description,
    '',
    `Key: ${key}.${links.length ? ` References: ${links.join('; ')}.` : ''}`,
    '',
    '| Column | Kind | Required | Description |',
    '| --- | --- | --- | --- |',
    ...table.columns.map((c) => `| \`${c.name}\` | ${c.kind} | ${c.required ? 'yes' : 'no'} | ${describeColumn(c)} |`),
  ].join('\n');
}

/** The README's table reference, made from the schema module. */
function tablesMarkdown(): string {
  return TABLES.map(tableMarkdown).join('\n\n');
}

describe('README.md', () => {
  it('should list every table and column as the schema defines them', async () => {
    const readme = await readFile(README, 'utf8');
    const start = readme.indexOf(START) + START.length;
    const end = readme.indexOf(END);
    expect(start).toBeGreaterThan(START.length - 1);
    const wanted = `\n\n${tablesMarkdown()}\n\n`;
    if (process.env.UPDATE_README) {
      await writeFile(README, `${readme.slice(0, start)}${wanted}${readme.slice(end)}`);
      return;
    }
    expect(readme.slice(start, end), 'run UPDATE_README=1 npx vitest run to update the README').toBe(wanted);
  });

  it('should have the sections every package README has', async () => {
    const headings = (await readFile(README, 'utf8')).split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(['## What is this', '## When to use it', '## Install', '## Use', '## API']);
  });
});
