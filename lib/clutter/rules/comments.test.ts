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
});
