import { describe, expect, it } from 'vitest';
import { readRoleHeading, readRoleItem } from './role-list.js';

describe('readRoleHeading: the post a heading gives the people listed under it', () => {
  it.each([
    ['Полномочные представители Президента в федеральных округах', 'Полномочный представитель Президента'],
    ['Советники Президента:', 'Советник Президента'],
    ['Государственные советники Президента по регионам', 'Государственный советник Президента'],
    ['Хокимы областей', 'Хоким областей'],
    ['Presidential envoys in the federal districts', 'Presidential envoy'],
    ['Advisers to the President:', 'Adviser to the President'],
  ])('should read %j as %j', (heading, role) => {
    expect(readRoleHeading(heading)).toBe(role);
  });

  it.each([
    ['Официальные сайты'],
    ['Министерства и ведомства'],
    ['Администрация Президента'],
    // A plural post word deep in a heading about something else.
    ['Полномочия и задачи, которые выполняют советники'],
    ['Official sites of the ministers'],
  ])('should read no post in %j', (heading) => {
    expect(readRoleHeading(heading)).toBeNull();
  });
});

describe('readRoleItem: a person under such a heading, with what they cover', () => {
  it.each([
    // Where first, the person after a dash, an aside's date.
    ['Приволжский федеральный округ – Олег Мальцев (с марта 2014 г.)', 'Полномочный представитель Президента', 'Олег Мальцев', 'Полномочный представитель Президента (Приволжский федеральный округ)', '2014-03'],
    ['Уральский федеральный округ — Тимур Садыков', 'Полномочный представитель Президента', 'Тимур Садыков', 'Полномочный представитель Президента (Уральский федеральный округ)', null],
    // The person first.
    ['Аскаров Бахтияр Нурланович – по вопросам экономики', 'Советник Президента', 'Аскаров Бахтияр Нурланович', 'Советник Президента (по вопросам экономики)', null],
    ['Economy – Daniel Okonjo', 'Adviser to the President', 'Daniel Okonjo', 'Adviser to the President (Economy)', null],
  ])('should read %j', (item, role, name, title, startDate) => {
    const line = readRoleItem(item, role);
    expect(line?.name).toBe(name);
    expect(line?.titles).toEqual([title]);
    expect(line?.startDate).toBe(startDate);
  });

  it.each([
    // A side that names a post of its own (the person-line rules read it), no dash, no name, a site.
    ['Министр обороны – Олег Мальцев'],
    ['Олег Мальцев, Приволжский федеральный округ'],
    ['Приволжский федеральный округ – вакансия'],
    ['Министерство обороны – www.mil.example'],
  ])('should read no person in %j', (item) => {
    expect(readRoleItem(item, 'Полномочный представитель Президента')).toBeNull();
  });
});
