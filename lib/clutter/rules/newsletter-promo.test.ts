import { describe, expect, it } from 'vitest';
import { newsletterPromo } from './newsletter-promo';
import { ctxFor, proposed, prose } from '../../../test/unit/clutter/helpers';

describe('newsletter-promo rule', () => {
  it('finds a sign-up line written as a paragraph of the article (English, French, Arabic)', () => {
    const ctx = ctxFor(`<article>
      <p id="en"><strong>Start your day with the Morning Brief. <a href="/b">The Brief</a> is read by thousands. <a href="/signup">Sign up</a> for the free daily newsletter.</strong></p>
      <p>${prose(3)}</p>
      <p id="fr">Recevez l'essentiel chaque matin avec notre lettre d'information. <a href="/nl">Inscrivez-vous</a></p>
      <div id="ar"><p id="ar-p">تابعوا آخر الأخبار عبر النشرة البريدية اليومية <a href="/nl">اشترك الآن</a></p></div>
    </article>`, { root: 'article' });
    expect(proposed(newsletterPromo, ctx)).toEqual(['p#en', 'p#fr', 'div#ar']);
  });
  it('leaves prose that mentions a newsletter without a sign-up link, and long paragraphs', () => {
    const ctx = ctxFor(`<article>
      <p>The company said its newsletter reached a million readers last year, according to <a href="/r">the annual report</a>.</p>
      <p>${prose(6)} Readers can <a href="/s">subscribe</a> to the newsletter.</p>
    </article>`, { root: 'article' });
    expect(proposed(newsletterPromo, ctx)).toEqual([]);
  });
});
