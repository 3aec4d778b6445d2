// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDatelineLine, placeAndSource } from './place-source';
import { buildRegion } from '../region';
import { article, LONG_EN } from '../../../test/unit/dateline/dom';

const L = ' ' + LONG_EN;

describe('parseDatelineLine', () => {
  it('reads the dateline forms', () => {
    expect(parseDatelineLine('أنقرة - ليبيا اليوم', true)).toMatchObject({ place: 'أنقرة', source: 'ليبيا اليوم' });
    expect(parseDatelineLine('القاهرة (رويترز) -' + L, false)).toMatchObject({ place: 'القاهرة', source: 'رويترز' });
    expect(parseDatelineLine('لندن: «الشرق الأوسط»' + L, false)).toMatchObject({ place: 'لندن', source: 'الشرق الأوسط' });
    expect(parseDatelineLine('عمان - بترا -' + L, false)).toMatchObject({ place: 'عمان', source: 'بترا' });
    expect(parseDatelineLine('MOMBASA, Kenya (AP) —' + L, false)).toMatchObject({ place: 'MOMBASA, Kenya', source: 'AP' });
    expect(parseDatelineLine('PARIS, 27 déc (AFP) -' + L, false)).toMatchObject({ place: 'PARIS', source: 'AFP' });
    expect(parseDatelineLine('WASHINGTON —' + L, false)).toMatchObject({ place: 'WASHINGTON', source: null });
  });
  it('rejects sentences, bylines and lower-case openings', () => {
    expect(parseDatelineLine('The minister said - in a statement - that talks went well and will go on', false)).toBeNull();
    expect(parseDatelineLine('By Jane Doe - Reuters', true)).toBeNull();
    expect(parseDatelineLine('Washington — ' + LONG_EN, false)).toBeNull();
  });
});

describe('placeAndSource', () => {
  it('reads a byline agency credit when there is no dateline', () => {
    const r = placeAndSource(buildRegion(article('<p class="byline">By Jane Doe, Reuters</p>'), null));
    expect(r).toMatchObject({ place: null, source: 'Reuters' });
    expect(r.sourceEvidence?.rule).toBe('byline-agency');
  });
  it('does not read datelines from share bars or links to other stories', () => {
    const doc = article('<div class="share-bar"><span>المغرب اليوم - عنوان قصير للمشاركة هنا</span></div>', '', { after: '<div><a href="/x">Another story with a long enough headline here</a><span>CAIRO - Reuters</span></div>' });
    expect(placeAndSource(buildRegion(doc, null))).toMatchObject({ place: null, source: null });
  });
});
