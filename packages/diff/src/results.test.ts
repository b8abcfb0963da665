import { sampleProfile, validateProfile, type Profile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { diffDatasets } from './diff-datasets.js';

function valid(profile: Profile): Profile {
  const result = validateProfile(profile, 'test');
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.profile;
}

describe('diffDatasets on election results', () => {
  it("should word a runner-up's new share as its place, name and share", () => {
    const head = sampleProfile();
    head.events[0]!.results[1]!.voteShare = 22.9;
    const [change] = diffDatasets([sampleProfile()], [valid(head)]).changes;
    expect(change!.kind).toBe('event');
    expect(change!.fields!.map((f) => [f.field, f.beforeText, f.afterText])).toEqual([
      ['results', '1. Temirov Almaz Bekovich (63.2%); 2. Bakyt Sadykov (21.4%)', '1. Temirov Almaz Bekovich (63.2%); 2. Bakyt Sadykov (22.9%)'],
    ]);
  });
});
