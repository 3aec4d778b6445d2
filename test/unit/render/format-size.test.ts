import { describe, expect, it } from 'vitest';
import { formatSize } from '../../../lib/render';

describe('formatSize (library sizes)', () => {
  it('English: SI units, one decimal under 10', () => {
    expect(formatSize(19_400, 'en')).toBe(new Intl.NumberFormat('en', { style: 'unit', unit: 'kilobyte', unitDisplay: 'short', maximumFractionDigits: 0 }).format(19));
    expect(formatSize(19_400, 'en')).toMatch(/^19\s?kB$/);
    expect(formatSize(2_350_000, 'en')).toMatch(/^2\.4\s?MB$/);
    expect(formatSize(500, 'en')).toMatch(/^500\s?(B|byte)/);
  });
  it('Arabic: Arabic-Indic digits with a localised unit, no Latin "kB"', () => {
    const s = formatSize(19_400, 'ar');
    expect(s).toContain('١٩');
    expect(s).not.toMatch(/[A-Za-z]/);
    expect(formatSize(2_350_000, 'ar')).not.toMatch(/[A-Za-z0-9]/);
    // A Maghreb UI keeps Western digits, its unit still Arabic.
    expect(formatSize(19_400, 'ar-MA')).toMatch(/^19\s/);
    expect(formatSize(19_400, 'ar-MA')).not.toMatch(/[A-Za-z]/);
  });
});
