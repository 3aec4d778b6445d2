import { describe, expect, it } from 'vitest';
import { normCue } from './text';

describe('normCue', () => {
  it('normalises labels the same way on a repeated (memoised) call', () => {
    for (let i = 0; i < 2; i++) {
      expect(normCue('  Read   ALSO: ')).toBe('read also');
      expect(normCue('إقرأ أيضاً')).toBe('اقرا ايضا');
    }
  });
  it('normalises long strings too (not memoised)', () => {
    const long = 'Word, '.repeat(60);
    expect(normCue(long)).toBe(Array(60).fill('word').join(' '));
  });
});
