import { describe, expect, it } from 'vitest';
import { splitTitle } from './roles.js';

describe('splitTitle', () => {
  it.each<[string, { role: string; bodyRef: string | null }]>([
    ['Head of the Presidential Administration', { role: 'Head', bodyRef: 'Presidential Administration' }],
    ['Security Council Secretary', { role: 'Secretary', bodyRef: 'Security Council' }],
    ['Руководитель Администрации Президента', { role: 'Руководитель', bodyRef: 'Администрации Президента' }],
    ['Первый заместитель министра обороны', { role: 'Первый заместитель министра', bodyRef: 'обороны' }],
    // A lower-case plural in the instrumental after the noun is the post's own: no body named.
    ['Управляющий делами', { role: 'Управляющий делами', bodyRef: null }],
    ['Управляющая делами Президента', { role: 'Управляющая делами', bodyRef: 'Президента' }],
    ['Министр внутренних дел', { role: 'Министр', bodyRef: 'внутренних дел' }],
  ])('should split %s', (title, expected) => {
    expect(splitTitle(title)).toEqual(expected);
  });
});
