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

/** Blocks that get their own direction when written in the other script. */
const BLOCKS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGCAPTION', 'TD', 'TH', 'DT', 'DD', 'CAPTION', 'PRE']);
const RTL_CHAR = new RegExp(`[${RTL}]`, 'g');
const LTR_CHAR = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0370-\u03FF\u0400-\u04FF]/g;

/**
 * Mixed-language articles: gives `dir="auto"` to every innermost block
 * (paragraph, list item, heading, quote, caption, cell) whose letters are
 * mostly (> 60 %) in the script of the other direction, so an English
 * paragraph in an Arabic article (or the reverse) is laid out and aligned in
 * its own direction. Blocks that already have `dir` are left alone.
 *
 * Input: the article container, the article direction. Output: the number
 * of blocks marked. Run before {@link isolateBidiRuns} (which then skips them).
 */
export function markMixedBlocks(root: Element, dir: 'rtl' | 'ltr'): number {
  let n = 0;
  const all = Array.from(root.getElementsByTagName('*')).filter((e) => BLOCKS.has(e.tagName.toUpperCase()));
  for (const el of all) {
    if (el.hasAttribute('dir')) continue;
    if (Array.from(el.getElementsByTagName('*')).some((d) => BLOCKS.has(d.tagName.toUpperCase()))) continue;
    const s = el.textContent ?? '';
    const rtl = s.match(RTL_CHAR)?.length ?? 0;
    const ltr = s.match(LTR_CHAR)?.length ?? 0;
    if (rtl + ltr < 3) continue;
    const other = dir === 'rtl' ? ltr : rtl;
    if (other / (rtl + ltr) > 0.6) {
      el.setAttribute('dir', 'auto');
      n++;
    }
  }
  return n;
}

/**
 * Sets `el`'s text to a value written in its own script (a byline, a site
 * name: "Jane Doe (Reuters)" on an Arabic page) and isolates it with
 * `dir="auto"` (HTML gives `[dir]` elements `unicode-bidi: isolate`, as
 * `<bdi>`), so its brackets and punctuation resolve in the value's own
 * direction instead of flipping with the surrounding line. Input: the
 * element that holds only this value, the value (null or '' empties it and
 * drops `dir`). Output: none.
 */
export function setIsolatedText(el: HTMLElement, text: string | null | undefined): void {
  el.textContent = text ?? '';
  if (text) el.dir = 'auto';
  else el.removeAttribute('dir');
}
