/**
 * Library search benchmark: `npx tsx scripts/bench-search.ts [--n 10000] [--runs 15] [--seed 7]`.
 *
 * Launches Chromium with the e2e build of the extension (test/e2e/harness),
 * fills the extension's real IndexedDB with N synthetic articles (mixed
 * Arabic/English, 300–1,200 words, generated here from word lists written for
 * this script) through the library page, reloads the page, and times a set of
 * queries (Arabic with normalisation variants, English, prefixes, no match).
 *
 * Three figures, all measured inside the page with performance.now():
 * - page load: reading every card from IndexedDB, the first list on screen, the term index built
 *   (after the list is shown; once per page load);
 * - query: SearchIndex.query (normalise, prefix lookups, AND, filters, sort) — the number the
 *   page itself shows in its status line;
 * - UI: from submitting the search form to the status update: query + reading the (up to 25) shown
 *   records from IndexedDB for snippets + highlighting + rendering the list.
 * Prints median / p95 (ms) per query and overall; writes .artifacts/bench-search.json.
 * A benchmark, not a test: it never fails on a number. Needs `npm run build:e2e` first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../test/e2e/harness/chromium';
import { artifactsDir } from '../test/e2e/harness/paths';
import { buildCard } from '../lib/library/card';
import { withDerived, type SavedArticle } from '../lib/store';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const N = arg('n', 10_000);
const RUNS = arg('runs', 15);
let seed = arg('seed', 7);
const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
/** Zipf-like pick: early words much more often (as in real text). */
const zipf = <T>(xs: readonly T[]) => xs[Math.min(xs.length - 1, Math.floor(xs.length * rnd() ** 3))];

const AR_COMMON = ('في من على إلى أن التي الذي عن مع هذا هذه كان قد بين بعد قبل كما أو لم لا ما ثم حتى خلال عند منذ وقال وأضاف أكد أكدت قال قالت وأشار مصادر الحكومة الوزير وزير رئيس الرئيس المجلس مجلس الدولة الوطني الوطنية العسكري العسكرية السياسي السياسية الأمن الأمني الاقتصاد الاقتصادي المال النفط الطاقة الانتخابات البرلمان النواب القوات الجيش الشرطة المحكمة القضاء المدينة العاصمة المنطقة الحدود الاتفاق المفاوضات الأزمة الحرب السلام الدعم التعاون التنسيق الزيارة الاجتماع اللقاء البيان المتحدث الأمم المتحدة الدولي الدولية العربية الشعب المواطنين الأسعار السوق الشركات الاستثمار المشروع الخطة القرار القانون الدستور الحوار الأطراف الوفد اليوم أمس الأسبوع الشهر العام السنة المقبل الماضي صباح مساء الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت').split(' ');
const AR_RARE = ('حكومة الوفاق طرابلس بنغازي سرت القاهرة أنقرة الرباط تونس الجزائر بغداد دمشق بيروت عمان الرياض الدوحة مسقط الخرطوم مقديشو نواكشوط إسطنبول جنيف باريس لندن واشنطن موسكو بكين المشير الفريق اللواء السفير المبعوث المستشار النائب الحاكم الوالي العمدة المتحدثة الصحفي الكاتبة الباحث الخبير المحلل التقرير الدراسة الاستطلاع المؤتمر القمة المعرض المهرجان البطولة المباراة الفريق المنتخب الملعب الجامعة المدرسة المستشفى الطبيب المرضى اللقاح الوباء المناخ الجفاف الأمطار الفيضانات الزلزال الكهرباء المياه الزراعة القمح الصادرات الواردات التضخم البطالة الرواتب الضرائب الميزانية الديون البنك المركزي العملة الدينار الدولار').split(' ');
const AR_NAMES = ['رجب طيب إردوغان', 'خليفة حفتر', 'فائز السراج', 'خلوصي أكار', 'عبد الفتاح السيسي', 'وليام روتو', 'أنطونيو غوتيريش', 'فتحي باشاغا', 'خالد المشري', 'عقيلة صالح'];
const EN_COMMON = ('the of and to in a is that for on was with as by at from it said has have be are were this but not an which its had after more about their who government minister president officials country city police court election parliament party leader talks deal agreement crisis war peace support security economy market prices oil energy climate water health hospital school university report study week month year today yesterday monday tuesday wednesday thursday friday saturday sunday national international regional local public private new former senior told statement according added also would could will should people children women workers').split(' ');
const EN_RARE = ('nairobi mombasa kampala addis ababa lagos accra dakar cairo tripoli tunis algiers rabat khartoum london paris berlin brussels geneva washington beijing delhi tokyo electricity drought flood earthquake vaccine outbreak inflation unemployment budget taxes debt currency shilling exports imports harvest wheat coffee tea tourism airline railway highway bridge stadium tournament championship festival exhibition museum library research scientists telescope satellite startup software cybersecurity referendum constitution coalition opposition protest strike negotiations ceasefire humanitarian refugees migration').split(' ');
const EN_NAMES = ['William Ruto', 'Recep Tayyip Erdoğan', 'Raila Odinga', 'Abiy Ahmed', 'António Guterres', 'Emmanuel Macron', 'Cyril Ramaphosa', 'Yoweri Museveni', 'Samia Suluhu Hassan', 'Bola Tinubu'];
const AR_LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const EN_LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Rare invented words, so the vocabulary grows like a real library's (tens of thousands of terms). */
const coin = (letters: string) => Array.from({ length: 4 + Math.floor(rnd() * 6) }, () => pick(letters.split(''))).join('');

function paragraph(lang: 'ar' | 'en', names: string[], words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const r = rnd();
    if (r < 0.04) out.push(pick(names));
    else if (r < 0.07) out.push(coin(lang === 'ar' ? AR_LETTERS : EN_LETTERS));
    else if (r < 0.25) out.push(zipf(lang === 'ar' ? AR_RARE : EN_RARE));
    else out.push(zipf(lang === 'ar' ? AR_COMMON : EN_COMMON));
  }
  const s = out.join(' ');
  return (lang === 'en' ? s[0].toUpperCase() + s.slice(1) : s) + '.';
}

function article(i: number): SavedArticle {
  const lang: 'ar' | 'en' = rnd() < 0.55 ? 'ar' : 'en';
  const pool = lang === 'ar' ? AR_NAMES : EN_NAMES;
  const names = [pick(pool), pick(pool), pick(pool)];
  const words = lang === 'ar' ? 300 + Math.floor(rnd() * 600) : 400 + Math.floor(rnd() * 800);
  const paras: string[] = [];
  for (let left = words; left > 0; left -= 60) paras.push(paragraph(lang, names, Math.min(60, left)));
  const title = paragraph(lang, names, 8 + Math.floor(rnd() * 6)).replace(/\.$/, '');
  const site = lang === 'ar' ? pick(['صحيفة الوسط', 'ليبيا اليوم', 'الشرق', 'أخبار النيل', 'المغرب اليوم']) : pick(['Daily Nation', 'The Standard', 'Wire Service', 'Business Daily', 'The Observer']);
  const saved = new Date(Date.UTC(2023, 0, 1) + i * 3_600_000);
  const rec = {
    id: i + 1, url: `https://bench${i % 50}.example/${lang}/${i}`, title, byline: null, siteName: site, lang, dir: lang === 'ar' ? 'rtl' as const : 'ltr' as const,
    excerpt: paras[0].slice(0, 200), html: paras.map((p) => `<p>${p}</p>`).join(''), text: paras.join('\n\n'),
    dateline: { place: null, source: null, published: new Date(saved.getTime() - rnd() * 86_400_000 * 30).toISOString(), modified: null, evidence: { place: null, source: null, published: null, modified: null } },
    entities: [...new Set(names)].map((n, k) => ({ name: n, type: 'PERSON' as const, count: 3 - k, variants: [n], salience: 3 - k })),
    savedAt: saved.toISOString(), updatedAt: saved.toISOString(), tags: rnd() < 0.1 ? ['bench'] : [], read: (rnd() < 0.3 ? 1 : 0) as 0 | 1, imageBytes: 0, favorite: 0 as const, archived: 0 as const, position: null, highlights: [],
  };
  return withDerived(rec);
}

const QUERIES = [
  'اردوغان', 'إردوغان', 'أردوغان', 'حكومه الوفاق', 'حكومة الوفاق', 'الحكومه', 'طرابلس', 'وزير الدفاع', 'مجلس الامن', 'ال',
  'ruto', 'RUTO', 'erdogan', 'government', 'president kenya', 'nairobi drought', 'elec', 'climate', 'zzzqqxx',
];

const quantile = (xs: number[], q: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };
const median = (xs: number[]) => quantile(xs, 0.5);

async function main() {
  const s = await launchChromium();
  try {
    const lib = await s.openExtPage('library.html');
    await lib.waitForFunction(() => document.getElementById('status') !== null);
    const t0 = Date.now();
    const BATCH = 250;
    let chars = 0;
    for (let start = 0; start < N; start += BATCH) {
      const arts = Array.from({ length: Math.min(BATCH, N - start) }, (_, k) => article(start + k));
      const cards = arts.map(buildCard);
      chars += arts.reduce((n, a) => n + a.html.length + a.text.length, 0);
      await lib.evaluate(({ arts, cards }) => new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('sahifa');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['articles', 'cards', 'terms'], 'readwrite');
          for (const a of arts) tx.objectStore('articles').put(a);
          for (const c of cards) {
            tx.objectStore('cards').put({ ...c, strong: '', terms: '' });
            tx.objectStore('terms').put({ id: c.id, strong: c.strong, terms: c.terms });
          }
          tx.oncomplete = () => { db.close(); resolve(); };
          tx.onerror = () => reject(tx.error);
        };
      }), { arts, cards });
      process.stdout.write(`\rfilling IndexedDB: ${Math.min(start + BATCH, N)}/${N}`);
    }
    console.log(`\nfilled ${N} articles (${(chars / 1e6).toFixed(1)} M chars of HTML+text) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    const cold: { readMs: number; listMs: number; termsMs: number; indexMs: number }[] = [];
    for (let i = 0; i < 3; i++) {
      await lib.reload();
      await lib.waitForFunction(() => typeof (globalThis as { __sahifaTimings?: { indexMs?: number } }).__sahifaTimings?.indexMs === 'number', undefined, { timeout: 300_000 });
      cold.push((await lib.evaluate(() => (globalThis as unknown as { __sahifaTimings: { readMs: number; listMs: number; termsMs: number; indexMs: number } }).__sahifaTimings)));
    }
    const count = await lib.getByTestId('library-count').innerText();

    const rows: { q: string; hits: number; queryMed: number; queryP95: number; uiMed: number; uiP95: number }[] = [];
    const allQ: number[] = [];
    const allUi: number[] = [];
    for (const q of QUERIES) {
      const qs: number[] = [];
      const ui: number[] = [];
      let hits = 0;
      for (let r = 0; r < RUNS + 2; r++) {
        const res = await lib.evaluate(async (query) => {
          const input = document.getElementById('q') as HTMLInputElement;
          const status = document.getElementById('status')!;
          input.value = r0(query);
          const done = new Promise<void>((resolve) => {
            const mo = new MutationObserver(() => { mo.disconnect(); resolve(); });
            mo.observe(status, { childList: true, characterData: true, subtree: true });
          });
          const t = performance.now();
          (document.getElementById('filters') as HTMLFormElement).requestSubmit();
          await done;
          const uiMs = performance.now() - t;
          const nums = (status.textContent ?? '').match(/[\d.,]+/g) ?? [];
          return { uiMs, status: status.textContent ?? '', n: nums };
          function r0(x: string) { return x; }
        }, q);
        // Status: "<count> article(s) found (<ms> ms)." in the English UI (plural form by count).
        const m = /([\d,]+) articles? found \(([\d.,]+) ms\)/.exec(res.status);
        if (!m) throw new Error(`unexpected status for «${q}»: ${res.status}`);
        if (r < 2) continue; // warm-up
        hits = Number(m[1].replace(/,/g, ''));
        qs.push(Number(m[2].replace(/,/g, '')));
        ui.push(res.uiMs);
      }
      allQ.push(...qs);
      allUi.push(...ui);
      rows.push({ q, hits, queryMed: median(qs), queryP95: quantile(qs, 0.95), uiMed: median(ui), uiP95: quantile(ui, 0.95) });
    }
    const f = (x: number) => x.toFixed(1).padStart(7);
    console.log(`library page shows: ${count}; page load, 3 times (ms): read ${N} card rows (metadata) from IndexedDB ${cold.map((c) => c.readMs.toFixed(0)).join(' / ')}; list on screen ${cold.map((c) => c.listMs.toFixed(0)).join(' / ')}; terms read ${cold.map((c) => c.termsMs.toFixed(0)).join(' / ')}; search index ready ${cold.map((c) => c.indexMs.toFixed(0)).join(' / ')}`);
    console.log(`${'query'.padEnd(18)} ${'hits'.padStart(6)}  query med  p95 │ UI med    p95   (ms, ${RUNS} runs each after 2 warm-up)`);
    for (const r of rows) console.log(`${r.q.padEnd(18)} ${String(r.hits).padStart(6)} ${f(r.queryMed)} ${f(r.queryP95)} │ ${f(r.uiMed)} ${f(r.uiP95)}`);
    console.log(`ALL ${QUERIES.length} queries: index query median ${median(allQ).toFixed(1)} ms, p95 ${quantile(allQ, 0.95).toFixed(1)} ms; UI (query + shown records from IndexedDB + highlight + render) median ${median(allUi).toFixed(1)} ms, p95 ${quantile(allUi, 0.95).toFixed(1)} ms`);
    mkdirSync(artifactsDir, { recursive: true });
    writeFileSync(path.join(artifactsDir, 'bench-search.json'), JSON.stringify({ n: N, runs: RUNS, cold, rows, overall: { queryMed: median(allQ), queryP95: quantile(allQ, 0.95), uiMed: median(allUi), uiP95: quantile(allUi, 0.95) } }, null, 1));
  } finally {
    await s.close();
  }
}

main().catch((err) => { console.error(err); process.exit(1); });
