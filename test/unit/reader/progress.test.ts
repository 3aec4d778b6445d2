import { describe, it, expect } from 'vitest';
import { blockAt, readingProgress } from '../../../lib/reader/progress';

describe('reading progress', () => {
  it('share of the article the bottom of the window has passed, clamped to 0…1', () => {
    const m = { top: 200, height: 2000, viewport: 800 };
    expect(readingProgress({ ...m, scrollY: 0 })).toBeCloseTo(0.3);
    expect(readingProgress({ ...m, scrollY: 600 })).toBeCloseTo(0.6);
    expect(readingProgress({ ...m, scrollY: 5000 })).toBe(1);
    expect(readingProgress({ top: 2000, height: 100, viewport: 500, scrollY: 0 })).toBe(0);
    expect(readingProgress({ top: 0, height: 0, viewport: 500, scrollY: 0 })).toBe(0);
  });
  it('block at the top of the window: the last one starting above the line', () => {
    const tops = [100, 300, 700, 1200];
    expect(blockAt(tops, 0)).toBe(0);
    expect(blockAt(tops, 299.5)).toBe(1);
    expect(blockAt(tops, 800)).toBe(2);
    expect(blockAt(tops, 9999)).toBe(3);
    expect(blockAt([], 50)).toBe(0);
  });
});
