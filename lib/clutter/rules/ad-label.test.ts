import { describe, expect, it } from 'vitest';
import { adLabel } from './ad-label';
import { ctxFor, proposed, prose } from '../../../test/unit/clutter/helpers';

describe('ad-label rule', () => {
  it('hides boxes labelled as ads in several languages', () => {
    const ctx = ctxFor(`
      <div id="ar"><span>إعلان</span><div class="slot"></div></div>
      <div id="de"><small>Anzeige</small><img src="x.png" alt="Buy now"></div>
      <div id="fr"><p>Publicité</p></div>
      <div id="en"><em>ADVERTISEMENT</em><iframe src="about:blank"></iframe></div>`, { lang: 'ar' });
    expect(proposed(adLabel, ctx)).toEqual(['div#ar', 'div#de', 'div#fr', 'div#en']);
  });
  it('takes only the label when its box holds other text, and ignores links and sentences', () => {
    const ctx = ctxFor(`
      <div id="mixed"><span id="lab">Advertisement</span><p>${prose(2)}</p></div>
      <a href="/advertise" id="link">Advertising</a>
      <p id="sent">Advertisement revenue fell sharply this year.</p>`);
    expect(proposed(adLabel, ctx)).toEqual(['span#lab']);
  });
});
