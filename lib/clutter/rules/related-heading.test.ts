import { describe, expect, it } from 'vitest';
import { relatedHeading } from './related-heading';
import { ctxFor, proposed, prose } from '../../../test/unit/clutter/helpers';

const list = (n: number) => `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/s/${i}">Story number ${i} about the region</a></li>`).join('')}</ul>`;

describe('related-heading rule', () => {
  it('finds read-also blocks by their heading in Arabic, English, French, German, Spanish', () => {
    const ctx = ctxFor(`
      <div id="ar"><h3>قـــد يهمــــــــك ايضـــــــًا:</h3>${list(2)}</div>
      <div id="ar2"><h3>الأكثر قراءة</h3>${list(4)}</div>
      <div id="en"><h4>Related stories</h4>${list(3)}</div>
      <div id="fr"><strong>Lire aussi</strong> <a href="/x">Le budget adopté en commission</a></div>
      <div id="de"><h2>Mehr zum Thema</h2>${list(2)}</div>
      <div id="es"><h3>Te puede interesar</h3>${list(2)}</div>`);
    expect(proposed(relatedHeading, ctx)).toEqual(['div#ar', 'div#ar2', 'div#en', 'div#fr', 'div#de', 'div#es']);
  });
  it('knows the German related headings', () => {
    const ctx = ctxFor(`
      <div id="a"><h3>Ähnliche Beiträge</h3>${list(3)}</div>
      <div id="b"><h3>Das könnte Sie auch interessieren</h3>${list(3)}</div>
      <div id="c"><h3>Weitere Artikel</h3>${list(3)}</div>
      <div id="d"><h3>Verwandte Beiträge</h3>${list(3)}</div>
      <div id="e"><h3>Das könnte dich auch interessieren</h3>${list(3)}</div>`);
    expect(proposed(relatedHeading, ctx)).toEqual(['div#a', 'div#b', 'div#c', 'div#d', 'div#e']);
  });
  it('ignores a "Read more" link and a heading over prose', () => {
    const ctx = ctxFor(`
      <div id="teaser"><p>${prose(2)}</p><a href="/full">Read more</a></div>
      <section id="sec"><h2>Related</h2><p>${prose(4)}</p><a href="/x">source</a></section>`);
    expect(proposed(relatedHeading, ctx)).toEqual([]);
  });
  it('leaves a "more on the topic" section that opens with prose: a heading over text, then links, is article text', () => {
    const ctx = ctxFor(`
      <div id="sec"><h2>Mehr zum Thema</h2><p>Einen Überblick über die neue Schnittstelle finden Sie im Hilfe-Center, weitere Informationen auf den Seiten des Anbieters:</p>
        ${list(3)}</div>
      <div id="teasers"><h2>Mehr zum Thema</h2><a href="/a">Die neue Schnittstelle im Test der Kanzleien</a><p>Wie sie im Alltag funktioniert.</p><a href="/b">Das Hilfe-Center beantwortet die häufigsten Fragen</a><p>Antworten zur neuen Version.</p><a href="/c">Was die Umstellung im ersten Jahr kostet</a></div>`);
    expect(proposed(relatedHeading, ctx)).toEqual(['div#teasers']);
  });
});
