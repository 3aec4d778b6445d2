// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { edgeDateLines, isDateLine } from '../../../lib/extract/date-lines';
import { extractArticle } from '../../../lib/extract';

describe('isDateLine', () => {
  it('takes lines that only say when a story was posted or updated, in several languages', () => {
    for (const s of [
      'Posted Fri 6:45 PM, Feb 16, 2018 · Updated Sat 8:31 PM, Feb 17, 2018',
      'Entertainment · Updated Nov 19, 6:55 AM · Posted Nov 19, 6:51 AM',
      'at 4:07 pm, updated at 5:36 pm CST on',
      '19:49',
      'Veröffentlicht am 16.02.2018 um 18:45 Uhr',
      'Publié le 3 mars 2024 à 10h30',
      'نشر في 27 ديسمبر 2020 - 06:12',
    ]) expect(isDateLine(s, 'en'), s).toBe(true);
  });

  it('leaves prose, bylines and lines without a date alone', () => {
    for (const s of [
      'The council met on Feb 16, 2018 and voted for the new harbour budget.',
      'Posted Feb 16, 2018 by Jane Doe',
      'Updated',
      'Harbour budget approved',
      'Doors open at 6:45 PM for the concert in the park on Saturday evening, with food stalls.',
    ]) expect(isDateLine(s, 'en'), s).toBe(false);
  });
});

const story = Array.from({ length: 5 }, (_, i) => `<p>The harbour board met on Monday and agreed a plan for new moorings, a longer quay and a ferry link to the islands, part ${i + 1}.</p>`).join('');

describe('edgeDateLines / extractArticle', () => {
  it('drops a posted/updated line at the top and a time stamp at the end of the article, not dates inside it or in a list', () => {
    const html = `<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>
<div class="meta">Posted Fri 6:45 PM, Feb 16, 2018 · Updated Sat 8:31 PM, Feb 17, 2018</div>${story}<p>12 March 2018</p>${story}
<p>Dates:</p><ul><li>Feb 20, 2018</li><li>Mar 1, 2018</li></ul><p>Final part of the story about the harbour, with a quote from the chair of the board.</p><p>19:49</p></article></body></html>`;
    const a = extractArticle(new JSDOM(html, { url: 'https://x.test/' }).window.document, { url: 'https://x.test/' }).article!;
    expect(a.text).not.toContain('Posted Fri');
    expect(a.text).not.toContain('19:49');
    expect(a.text).toContain('Feb 20, 2018');
    expect(a.text).toContain('12 March 2018'); // a date line inside the story, not at an edge
    expect(a.text).toContain('part 5.');
  });

  it('never empties an article that is only a date', () => {
    const d = new JSDOM('<html><body><div><p>Posted Feb 16, 2018</p></div></body></html>').window.document;
    expect(edgeDateLines(d.body.firstElementChild!, 'en')).toEqual([]);
  });

  it('finds the edge lines when the story sits in a <main> (or other sectioning) wrapper with inline children beside it', () => {
    const story = '<p>' + 'A paragraph of the story about the harbour and its new board, with quotes. '.repeat(4) + '</p>';
    const d = new JSDOM(`<html><body><div><div><main><article><header><p><span><time>Updated Nov 19, 6:55 AM;</time></span><span><time>Posted Nov 19, 6:51 AM</time></span></p></header>${story}${story}</article><b>.</b></main></div></div></body></html>`).window.document;
    const out = edgeDateLines(d.body.firstElementChild!, 'en');
    expect(out.map((e) => e.textContent)).toEqual(['Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM']);
  });
});
