import { describe, expect, it } from 'vitest';
import { profileJsonSchema } from './json-schema.js';
import { RECORD_COLLECTIONS } from './profile.js';

describe('profileJsonSchema', () => {
  it('should give the same schema every time, requiring every collection and refusing unknown fields', () => {
    const schema = profileJsonSchema();
    expect(JSON.stringify(profileJsonSchema())).toBe(JSON.stringify(schema));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'source', ...RECORD_COLLECTIONS]));
    expect(schema.additionalProperties).toBe(false);
  });
});
