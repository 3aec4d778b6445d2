/**
 * Bidirectional-text isolation for rendered articles.
 *
 * In right-to-left text, a run of Latin words or Western digits mixed with
 * neutral punctuation ("Airbus A380", "2019.", "Triton 4x4") can be
 * reordered by the Unicode Bidirectional Algorithm (UAX #9) together with its
 * neighbours. Wrapping each such run in `<bdi>` isolates it (HTML's bdi
 * element = `unicode-bidi: isolate`), so it reads as a unit and never drags
 * the surrounding Arabic punctuation along. The same is done for Arabic or
 * Hebrew runs inside left-to-right text.
 */

/** Latin letters (incl. accented) and ASCII digits. */
const LATIN = 'A-Za-z0-9\\u00C0-\\u024F\\u1E00-\\u1EFF';
/** Arabic, Hebrew, Syriac, Thaana, N'Ko and the Arabic presentation forms. */
const RTL = '\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFF';
/** Characters allowed *inside* a run (between two run characters), never at its ends. */
const JOIN = " .,:/\\-_'\u2019&+@#\u00A0";

function runRegex(chars: string): RegExp {
  return new RegExp(`[${chars}](?:[${JOIN}]*[${chars}%])*`, 'g');
}
const LATIN_RUN = runRegex(LATIN);
const RTL_RUN = runRegex(RTL);
const HAS_RTL = new RegExp(`[${RTL}]`);

/** Elements whose text must not be split (already isolated, or code). */
const SKIP = new Set(['BDI', 'BDO', 'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'SCRIPT', 'STYLE', 'TEXTAREA']);

function skipped(el: Element | null, stopAt: Element): boolean {
  for (let e = el; e && e !== stopAt; e = e.parentElement) {
    if (SKIP.has(e.tagName.toUpperCase()) || e.hasAttribute('dir')) return true;
  }
  return false;
}

/**
 * Wraps each run of opposite-direction text inside `root` in a `<bdi>`:
 * Latin/digit runs when `dir` is 'rtl', Arabic/Hebrew runs when 'ltr'.
 * A block written wholly in the other script is wrapped as one run, so it
 * keeps its own order inside the article's direction.
 *
 * Input: the article container (already sanitised), the article direction.
 * Output: number of `<bdi>` elements inserted. Only text nodes are split; no
 * HTML parsing, so this is safe on sanitised content. Elements with an explicit
 * `dir`, `bdi`, `bdo`, `code`, `pre` are left alone.
 */
export function isolateBidiRuns(root: Element, dir: 'rtl' | 'ltr'): number {
  const doc = root.ownerDocument;
  const re = dir === 'rtl' ? LATIN_RUN : RTL_RUN;
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  let count = 0;
  for (const t of texts) {
    const s = t.nodeValue ?? '';
    if (!s.trim()) continue;
    if (dir === 'ltr' && !HAS_RTL.test(s)) continue;
    if (dir === 'rtl' && !/[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF]/.test(s)) continue;
    if (skipped(t.parentElement, root)) continue;
    re.lastIndex = 0;
    const frag = doc.createDocumentFragment();
    let last = 0;
    let m: RegExpExecArray | null;
    let made = 0;
    while ((m = re.exec(s))) {
      const run = m[0];
      if (m.index > last) frag.appendChild(doc.createTextNode(s.slice(last, m.index)));
      const b = doc.createElement('bdi');
      b.textContent = run;
      frag.appendChild(b);
      last = m.index + run.length;
      made++;
    }
    if (!made) continue;
    if (last < s.length) frag.appendChild(doc.createTextNode(s.slice(last)));
    t.parentNode!.replaceChild(frag, t);
    count += made;
  }
  return count;
}
