/**
 * Machine-readable date values (JSON-LD, meta content, `datetime` and data-*
 * attributes): ISO 8601 (with or without zone, "2017-11-03 03:01:00.000000"),
 * Unix time in seconds or milliseconds, and anything else through the text
 * parser (RFC 2822 "Sun, 27 Dec 2020 06:12:00 GMT", "December 27, 2020").
 */
import { parseText } from './parse-text';
import type { When } from './zones';
import { validDay } from './zones';

const ISO = /^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{2}):?(\d{2})(?::?(\d{2}))?(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?\s*$/i;

/**
 * Parses one attribute/structured value.
 * Input: the string; `lang` for numeric day/month order in free text.
 * Output: {@link When} (offset null when the value has no zone: page-local time), or null when it is not a date.
 */
export function parseStructured(value: string, lang?: string): When | null {
  const v = value.trim();
  if (!v) return null;
  const m = ISO.exec(v);
  if (m) {
    const [y, mo, d] = [+m[1], +m[2], +m[3]];
    if (!validDay(y, mo, d)) return null;
    let offset: number | null = null;
    if (m[7]) {
      if (m[7].toUpperCase() === 'Z') offset = 0;
      else {
        const sign = m[7][0] === '-' ? -1 : 1;
        const digits = m[7].slice(1).replace(':', '');
        offset = sign * (+digits.slice(0, 2) * 60 + (digits.length > 2 ? +digits.slice(2, 4) : 0));
      }
    }
    const hh = m[4] !== undefined ? +m[4] : null;
    if (hh !== null && (hh > 23 || +m[5] > 59)) return null;
    return { y, m: mo, d, hh, mi: m[5] ? +m[5] : 0, ss: m[6] ? +m[6] : 0, offset: hh === null ? offset : offset };
  }
  if (/^\d{9,10}$/.test(v) || /^\d{12,13}$/.test(v)) {
    const ms = v.length <= 10 ? +v * 1000 : +v;
    const t = new Date(ms);
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), hh: t.getUTCHours(), mi: t.getUTCMinutes(), ss: t.getUTCSeconds(), offset: 0 };
  }
  const found = parseText(v, { lang }).dates.find((x) => !x.yearless);
  return found ? found.when : null;
}
