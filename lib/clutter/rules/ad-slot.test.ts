import { describe, expect, it } from 'vitest';
import { adSlot } from './ad-slot';
import { ctxFor, proposed, prose } from '../../../test/unit/clutter/helpers';

describe('ad-slot rule', () => {
  it('finds AdSense, GPT and data-ad slots and grows to the labelled box', () => {
    const ctx = ctxFor(`
      <div class="box" id="b1"><span>Advertisement</span><ins class="adsbygoogle" data-ad-slot="1"></ins></div>
      <div id="div-gpt-ad-123-0"></div>
      <section id="s"><p>${prose(3)}</p><div class="slot" data-ad-unit="x"></div></section>`);
    expect(proposed(adSlot, ctx)).toEqual(expect.arrayContaining(['div#b1.box', 'div#div-gpt-ad-123-0', 'div.slot']));
    expect(proposed(adSlot, ctx)).not.toContain('section#s');
  });
  it('takes ad-server iframes and class tokens, not look-alike words', () => {
    const ctx = ctxFor(`
      <iframe id="f" src="https://securepubads.g.doubleclick.net/x"></iframe>
      <div class="sidebar-ads" id="a"><a href="/x">Buy</a></div>
      <div class="header" id="h">Heading words</div><div class="thread" id="t">Thread</div><div class="download" id="d">Download</div>`);
    const got = proposed(adSlot, ctx);
    expect(got).toEqual(expect.arrayContaining(['iframe#f', 'div#a.sidebar-ads']));
    expect(got.filter((x) => /#(h|t|d)\./.test(x))).toEqual([]);
  });
  it('leaves a large prose block with an "ad" class token alone', () => {
    const ctx = ctxFor(`<div class="ad-free" id="w"><p>${prose(8)}</p></div>`);
    expect(proposed(adSlot, ctx)).toEqual([]);
  });
});
