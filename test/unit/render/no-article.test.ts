import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { catalogTranslator, withFallback, type Catalog } from '../../../lib/i18n';
import { disableArticleControls, noArticleText } from '../../../lib/render';
import type { NoArticleReason } from '../../../lib/types';

const load = (lang: string) => withFallback(catalogTranslator(JSON.parse(readFileSync(path.resolve(__dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8')) as Catalog));
const REASONS: NoArticleReason[] = ['no-text', 'mostly-links', 'form-page', 'menu-only', 'too-deep', 'failed'];

describe('no-article reason in the UI', () => {
  it('each reason has its own sentence in en and ar; the Arabic one has no Latin words', () => {
    const en = load('en');
    const ar = load('ar');
    const seen = new Set<string>();
    for (const r of REASONS) {
      const e = noArticleText(r, en);
      const a = noArticleText(r, ar);
      expect(e).not.toBe(en('errNoArticle'));
      expect(e).toMatch(/^No article found on this page: /);
      expect(a).not.toBe(ar('errNoArticle'));
      expect(a, r).not.toMatch(/[A-Za-z]/);
      expect(a.startsWith('لم يُعثر على مقال')).toBe(true);
      seen.add(a);
    }
    expect(seen.size).toBe(REASONS.length);
  });

  it('without a reason (or an unknown one) the plain sentence', () => {
    const ar = load('ar');
    expect(noArticleText(undefined, ar)).toBe(ar('errNoArticle'));
    expect(noArticleText('nope' as NoArticleReason, ar)).toBe(ar('errNoArticle'));
  });

  it('disableArticleControls disables marked buttons and makes other marked elements inert', () => {
    document.body.replaceChildren();
    const b = document.createElement('button'); b.dataset.needsArticle = '';
    const d = document.createElement('details'); d.dataset.needsArticle = '';
    const other = document.createElement('button');
    document.body.append(b, d, other);
    expect(disableArticleControls(document)).toEqual([b, d]);
    expect(b.disabled).toBe(true);
    expect(d.hasAttribute('inert')).toBe(true);
    expect(d.getAttribute('aria-disabled')).toBe('true');
    expect(other.disabled).toBe(false);
  });
});
