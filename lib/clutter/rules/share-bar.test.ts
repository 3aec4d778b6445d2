import { describe, expect, it } from 'vitest';
import { shareBar } from './share-bar';
import { ctxFor, proposed, prose } from '../../../test/unit/clutter/helpers';

describe('share-bar rule', () => {
  it('finds bars by class token, share endpoints and network names', () => {
    const ctx = ctxFor(`
      <div class="share-bar" id="a"><a href="#">فيسبوك</a><a href="#">تويتر</a></div>
      <div id="b"><a href="https://www.facebook.com/sharer/sharer.php?u=x">f</a><a href="https://twitter.com/intent/tweet?u=x">t</a></div>
      <div id="c"><a href="/1">Facebook</a> <a href="/2">Twitter</a> <a href="/3">WhatsApp</a></div>`);
    expect(proposed(shareBar, ctx)).toEqual(['div#a.share-bar', 'div#b', 'div#c']);
  });
  it('ignores a menu that includes one network, a paragraph naming networks, and long boxes', () => {
    const ctx = ctxFor(`
      <div id="menu"><a href="/">Home</a><a href="/world">World</a><a href="/sport">Sport</a><a href="/fb">Facebook</a><a href="/t">Twitter</a></div>
      <p id="p">Be sure to visit us on <a href="/fb">Facebook</a>, <a href="/tw">Twitter</a> and <a href="/ig">Instagram</a>.</p>
      <div class="social" id="long"><p>${prose(6)}</p><a href="/x">x</a></div>`);
    expect(proposed(shareBar, ctx)).toEqual([]);
  });
  it('leaves embedded posts alone: a "social" embed box quoting a post is article content', () => {
    const ctx = ctxFor(`
      <div class="social-media-embed" id="tw"><blockquote class="twitter-tweet"><p>Yes this is real and the state spent a lot on it: <a href="https://t.co/x">t.co/x</a></p>— A Writer (@awriter) <a href="https://twitter.com/awriter/status/1">November 18, 2019</a></blockquote></div>
      <div class="social-embed" id="short"><p>on. it. <a href="https://t.co/y">t.co/y</a></p>— Someone (@someone) <a href="https://twitter.com/s/status/2">November 19, 2019</a></div>
      <div class="social" id="bar"><span>Share this story</span> <a href="/fb">Facebook</a> <a href="/tw">Twitter</a></div>`);
    expect(proposed(shareBar, ctx)).toEqual(['div#bar.social']);
  });
});
