import { describe, expect, it } from 'vitest';
import { comments } from './comments';
import { ctxFor, proposed, prose } from '../../../test/unit/clutter/helpers';

describe('comments rule', () => {
  it('finds a comment form (grown to its labelled section) and a named thread', () => {
    const ctx = ctxFor(`
      <section id="s"><h3>التعليقات</h3><form action="/c"><label>الإسم *</label><input name="n"><textarea></textarea><button>أرسل</button></form></section>
      <div id="disqus_thread"></div>
      <ol class="comment-list" id="cl"><li class="comment"><p>Nice</p><span class="comment-meta">wrote on May 2</span></li></ol>`, { lang: 'ar' });
    expect(proposed(comments, ctx)).toEqual(['section#s', 'div#disqus_thread', 'ol#cl.comment-list']);
  });
  it('ignores search forms and a form section with other content', () => {
    const ctx = ctxFor(`
      <form id="search"><input name="q"><button>Go</button></form>
      <div id="wrap"><p>${prose(3)}</p><form id="f"><textarea></textarea></form></div>`);
    expect(proposed(comments, ctx)).toEqual(['form#f']);
  });
  it('leaves a gallery item\'s "comment" (the editor\'s note under a photo: one flat block of prose, no date near it) but not a reader comment\'s body', () => {
    const item = (i: number) => `<div class="gallery__item"><div class="gallery__item__image"><a href="/p/${i}"><img src="/${i}.jpg" alt=""></a></div><button>Save</button>
      <div class="gallery__item__comment" id="note${i}">The kitchen by <a href="/pro/${i}">Studio ${i}</a> won an award again this year. <br><br>Kitchens are among the projects readers save most often in their idea books.</div></div>`;
    const ctx = ctxFor(`${item(1)}${item(2)}
      <div class="entry"><span class="author">Beate</span> <span class="date">19.06.2019 / 6:16</span>
      <div class="comment-text" id="reader">Good morning Martina, that is a really unique bag and it was lovely that you shared your secret with all of us here.</div></div>`);
    expect(proposed(comments, ctx)).toEqual(['div#reader.comment-text']);
  });
});
