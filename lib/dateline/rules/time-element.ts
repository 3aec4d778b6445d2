/**
 * Rule "time-element": <time datetime>, datetime/data-* date attributes, hAtom
 * `<abbr class="published|updated" title="ISO">` and <time> text, inside the article
 * region only (header zone first).
 */
import type { DateCandidate } from '../types';
import { DATE_ATTRS as ATTRS, hAtomValue, type Region } from '../region';
import { parseStructured } from '../parse-structured';
import { parseText } from '../parse-text';
import { cueOf } from '../cues';
import { clip, norm } from '../normalize';
import { otherItem } from './meta';


function attrWords(el: Element): string {
  const parts: string[] = [];
  for (let a: Element | null = el, k = 0; a && k < 3; a = a.parentElement, k++) {
    parts.push(a.getAttribute('class') ?? '', a.id ?? '', a.getAttribute('itemprop') ?? '', a.getAttribute('pubdate') !== null ? 'pubdate' : '');
  }
  return parts.join(' ');
}

/** Text of the element's parent before the element: "Updated" in "<p>Updated <time>…</time></p>". */
function textBefore(el: Element): string {
  const parent = el.parentElement;
  if (!parent) return '';
  let s = '';
  for (const n of Array.from(parent.childNodes)) {
    if (n === el) break;
    s += n.textContent ?? '';
  }
  return norm(s);
}

/**
 * Candidates from time elements and date attributes that the region allows.
 * Output: DateCandidate[]; header-zone elements 0.85, body-zone 0.6; kind from
 * attribute names (data-modified), class/itemprop words and the words before it.
 */
export function timeElementDates(region: Region): DateCandidate[] {
  const out: DateCandidate[] = [];
  let n = 0;
  for (const el of region.dated()) {
    const hatom = hAtomValue(el);
    if (el.localName !== 'time' && !hatom && !ATTRS.some((a) => el.hasAttribute(a))) continue; // microdata only: meta rule
    if (++n > 100) break;
    if (!region.allowed(el) || otherItem(el)) continue; // a comment's or a video's own date
    const zoneConf = region.zoneOf(el) === 'header' ? 0.85 : 0.6;
    let value = '';
    let attr = '';
    for (const a of ATTRS) {
      const v = el.getAttribute(a);
      if (v && v.trim()) {
        value = v;
        attr = a;
        break;
      }
    }
    if (!value && hatom) {
      value = hatom;
      attr = 'title';
    }
    let when = value ? parseStructured(value, region.lang) : null;
    let conf = zoneConf;
    if (!when && el.tagName.toUpperCase() === 'TIME') {
      const f = parseText(el.textContent ?? '', { lang: region.lang }).dates.find((d) => !d.yearless);
      if (f) {
        when = f.when;
        conf -= 0.1;
      }
    }
    if (!when) continue;
    const cue = cueOf(textBefore(el) + ' ' + norm(el.textContent ?? '').slice(0, 30), `${attr} ${attrWords(el)}`);
    if (cue === 'copyright') continue;
    out.push({ kind: cue === 'modified' ? 'modified' : 'published', when, rule: 'time-element', text: clip(value ? `${attr}=${value}` : el.textContent ?? ''), confidence: conf, dateOnly: when.hh === null });
  }
  return out;
}
