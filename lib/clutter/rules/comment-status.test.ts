import { describe, expect, it } from 'vitest';
import { commentStatus } from './comment-status';
import { ctxFor, proposed, prose } from '../../../test/unit/clutter/helpers';

describe('comment-status rule', () => {
  it('finds comment status and count lines in several languages', () => {
    const ctx = ctxFor(`
      <div id="a"><p>${prose(3)}</p></div>
      <p id="c1">Kommentare geschlossen</p>
      <div id="w"><span><a href="#respond">12 Kommentare</a></span></div>
      <span id="c3">Comments (3)</span>
      <div id="c4">No comments yet.</div>
      <p id="c5">التعليقات مغلقة</p>`);
    expect(proposed(commentStatus, ctx)).toEqual(['p#c1', 'div#w', 'span#c3', 'div#c4', 'p#c5']);
  });
  it('leaves a genre label, sentences about comments and longer lines alone', () => {
    const ctx = ctxFor(`
      <span id="k">Kommentar</span>
      <p id="s">Three comments were received by the council.</p>
      <p id="l">Comments closed after the vote, said the chair, and the meeting went on.</p>
      <h2 id="h">Comments</h2>`);
    expect(proposed(commentStatus, ctx)).toEqual([]);
  });
  it('finds a comment meta line made of status parts ("Kommentarfeed | Trackback"), not a line with other parts', () => {
    const ctx = ctxFor(`
      <p id="m1"><a href="/feed">Kommentarfeed</a> | <a href="/tb">Trackback</a></p>
      <div id="m2"><a href="/c">3 Comments</a> · <a href="/feed">Comments RSS</a></div>
      <p id="m3"><a href="/feed">Kommentarfeed</a> | <a href="/impressum">Impressum</a></p>`, { lang: 'de' });
    // Outermost proposals (what the resolver keeps): the two meta lines whole, and of the third line only its feed link.
    const els = commentStatus.detect(ctx).map((c) => c.el);
    const outer = els.filter((e) => !els.some((o) => o !== e && o.contains(e)));
    expect(outer.map((e) => e.id || e.textContent)).toEqual(['m1', 'm2', 'Kommentarfeed']);
  });
});
