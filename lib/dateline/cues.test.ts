// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cueOf } from './cues';
import { norm } from './normalize';

describe('cueOf', () => {
  it('tells modified, published and copyright apart in many languages', () => {
    expect(cueOf(norm('Updated '))).toBe('modified');
    expect(cueOf(norm('آخر تحديث: '))).toBe('modified');
    expect(cueOf(norm('Mis à jour le '))).toBe('modified');
    expect(cueOf(norm('Aktualisiert am '))).toBe('modified');
    expect(cueOf(norm('Publié le '))).toBe('published');
    expect(cueOf(norm('نشر في '))).toBe('published');
    expect(cueOf(norm('© '))).toBe('copyright');
    expect(cueOf(norm('جميع الحقوق محفوظة '))).toBe('copyright');
  });
  it('takes the cue nearest to the date', () => {
    expect(cueOf(norm('Published 27 Dec 2020, updated '))).toBe('modified');
  });
  it('uses class words when the text has no cue', () => {
    expect(cueOf('', 'entry-date updated')).toBe('modified');
    expect(cueOf('', 'byline')).toBeNull();
  });
  it('does not fire on words that merely contain a cue', () => {
    expect(cueOf(norm('Unpublishedness '))).toBeNull();
  });
});
