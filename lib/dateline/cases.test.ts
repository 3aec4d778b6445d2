// @vitest-environment node
/**
 * Table-driven dateline cases: small pages written for these tests, one form
 * each, with the expected ISO value worked out by hand (TZ=UTC).
 */
import { describe, expect, it } from 'vitest';
import { extractDateline } from './index';
import { article, page, LONG_AR, LONG_EN } from '../../test/unit/dateline/dom';

interface Case {
  id: string;
  lang: string;
  doc: () => Document;
  url?: string;
  now?: string;
  /** CSS selector of the extraction root passed to extractDateline (default: no root). */
  root?: string;
  published?: string | null;
  modified?: string | null;
  place?: string | null;
  source?: string | null;
  /** Upper bound for the published confidence. */
  maxConf?: number;
  /** What the published evidence text must say. */
  evidence?: RegExp;
}

const ar = (header: string, lead = '', o: { after?: string; before?: string; head?: string } = {}) => () => article(header, lead, { lang: 'ar', ...o });
const en = (header: string, lead = '', o: { after?: string; before?: string; head?: string; lang?: string } = {}) => () => article(header, lead, { lang: 'en', ...o });
const lg = (lang: string) => (header: string, lead = '', o: { after?: string; head?: string } = {}) => () => article(header, lead, { lang, ...o });
/** Standfirsts (summaries under the headline) longer than a lead paragraph (≥ 150 characters). */
const SF_EN = 'The central bank kept its main rate unchanged for a third meeting in a row, saying it wanted to see more evidence that price pressures are easing before it moves again.';
const SF_AR = 'أبقى البنك المركزي على سعر الفائدة الرئيسي دون تغيير للاجتماع الثالث على التوالي، قائلا إنه يريد رؤية مزيد من الأدلة على تراجع ضغوط الأسعار قبل أن يتحرك مجددا في الأشهر المقبلة.';
const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

const cases: Case[] = [
  // ---- Arabic -----------------------------------------------------------
  { id: 'ar-levantine-gmt-weekday', lang: 'ar', doc: ar('<div class="meta"><span>GMT 06:12 2020 الأحد ,27 كانون الأول / ديسمبر</span></div>', 'أنقرة - ليبيا اليوم'), published: '2020-12-27T06:12:00Z', modified: null },
  { id: 'ar-egyptian-am', lang: 'ar', doc: ar('<span class="date">نشر في: الأحد 27 ديسمبر 2020 - 10:30 ص</span>'), published: '2020-12-27T10:30:00Z' },
  { id: 'ar-egyptian-yunyih', lang: 'ar', doc: ar('<span>الخميس 18 يونيه 2020</span>'), published: '2020-06-18T00:00:00Z' },
  { id: 'ar-egyptian-yulyih-gmt-phrase', lang: 'ar', doc: ar('<span>5 يوليه 2019 09:00 بتوقيت غرينتش</span>'), published: '2019-07-05T09:00:00Z' },
  { id: 'ar-egyptian-ibril-hamza-below', lang: 'ar', doc: ar('<span>السبت، 11 إبريل 2020</span>'), published: '2020-04-11T00:00:00Z' },
  { id: 'ar-maghrebi-janfi', lang: 'ar', doc: ar('<span>الاثنين 04 جانفي 2021 على 14:05</span>'), published: '2021-01-04T14:05:00Z' },
  { id: 'ar-maghrebi-fifri', lang: 'ar', doc: ar('<span>12 فيفري 2021</span>'), published: '2021-02-12T00:00:00Z' },
  { id: 'ar-maghrebi-afril-cue', lang: 'ar', doc: ar('<span>تاريخ النشر : 07 أفريل 2021</span>'), published: '2021-04-07T00:00:00Z' },
  { id: 'ar-maghrebi-may', lang: 'ar', doc: ar('<span>نشر في 15 ماي 2021 على الساعة 10:00</span>'), published: '2021-05-15T10:00:00Z' },
  { id: 'ar-maghrebi-jwan', lang: 'ar', doc: ar('<span>03 جوان 2021</span>'), published: '2021-06-03T00:00:00Z' },
  { id: 'ar-maghrebi-jwilia', lang: 'ar', doc: ar('<span>20 جويلية 2021</span>'), published: '2021-07-20T00:00:00Z' },
  { id: 'ar-maghrebi-ut', lang: 'ar', doc: ar('<span>10 أوت 2021</span>'), published: '2021-08-10T00:00:00Z' },
  { id: 'ar-moroccan-ghusht', lang: 'ar', doc: ar('<span>الجمعة 13 غشت 2021 - 18:30</span>'), published: '2021-08-13T18:30:00Z' },
  { id: 'ar-moroccan-dujanbar', lang: 'ar', doc: ar('<span>الأربعاء 22 دجنبر 2021</span>'), published: '2021-12-22T00:00:00Z' },
  { id: 'ar-dual-parenthesis', lang: 'ar', doc: ar('<p class="date">27 نوفمبر (تشرين الثاني) 2019</p>'), published: '2019-11-27T00:00:00Z' },
  { id: 'ar-indic-digits-pm', lang: 'ar', doc: ar('<time>٢٧ ديسمبر ٢٠٢٠ - ١٠:٣٠ مساءً</time>'), published: '2020-12-27T22:30:00Z' },
  { id: 'ar-updated-vs-published', lang: 'ar', doc: ar('<div><span>نشر في: 27 كانون الأول 2020 06:12 GMT</span> <span>آخر تحديث: 28 كانون الأول 2020 08:00 GMT</span></div>'), published: '2020-12-27T06:12:00Z', modified: '2020-12-28T08:00:00Z' },
  { id: 'ar-hijri-umalqura', lang: 'ar', doc: ar('<span>الأحد 12 جمادى الأولى 1442 هـ</span>'), published: '2020-12-27T00:00:00Z' },
  { id: 'ar-mecca-time', lang: 'ar', doc: ar('<span>الأحد 27 ديسمبر 2020 09:12 بتوقيت مكة المكرمة</span>'), published: '2020-12-27T06:12:00Z' },
  { id: 'ar-relative-dual-hours', lang: 'ar', now: '2024-06-01T12:00:00Z', doc: ar('<span class="time">منذ ساعتين</span>'), published: '2024-06-01T10:00:00Z', maxConf: 0.3 },
  { id: 'ar-relative-days', lang: 'ar', now: '2024-06-05T12:00:00Z', doc: ar('<span class="time">منذ 3 أيام</span>'), published: '2024-06-02T00:00:00Z' },
  { id: 'ar-yesterday', lang: 'ar', now: '2024-06-05T12:00:00Z', doc: ar('<span class="time">أمس</span>'), published: '2024-06-04T00:00:00Z' },
  { id: 'ar-reuters-parens', lang: 'ar', doc: ar('', `القاهرة (رويترز) - ${LONG_AR}`), place: 'القاهرة', source: 'رويترز' },
  { id: 'ar-quoted-source', lang: 'ar', doc: ar('', `لندن: «الشرق الأوسط» ${LONG_AR}`), place: 'لندن', source: 'الشرق الأوسط' },
  { id: 'ar-place-source-dash-text', lang: 'ar', doc: ar('', `عمان - بترا - ${LONG_AR}`), place: 'عمان', source: 'بترا' },
  { id: 'ar-place-source-line', lang: 'ar', doc: ar('', 'أنقرة - ليبيا اليوم'), place: 'أنقرة', source: 'ليبيا اليوم' },
  { id: 'ar-copyright-only', lang: 'ar', doc: ar('', '', { after: '<p class="copy">جميع الحقوق محفوظة 2023 ©</p>' }), published: null },
  { id: 'ar-sidebar-dates-ignored', lang: 'ar', doc: () => page(`<div class="wrap"><main><article><h1>عنوان الخبر الرئيسي في الصفحة</h1><p>${LONG_AR}</p></article></main><aside><ul><li><span>GMT 17:48 2021 الجمعة ,08 كانون الثاني / يناير</span><a href="/x">تمارين تساعدك في بناء العضلات وخسارة الوزن تعرف عليها</a></li></ul></aside></div>`, { lang: 'ar' }), published: null },
  { id: 'ar-related-promo-not-dateline', lang: 'ar', doc: () => page(`<main><article><h1>عنوان الخبر الرئيسي في الصفحة</h1><p>${LONG_AR}</p></article><aside class="promo"><h4><a href="/p">عنوان قصة أخرى طويل بما يكفي ليكون رابطا</a></h4><span>القاهرة - ليبيا اليوم</span></aside></main>`, { lang: 'ar' }), place: null, source: null },
  { id: 'ar-site-clock-outside-article', lang: 'ar', doc: () => page(`<div class="top-bar"><span>آخر تحديث GMT 06:12:26</span></div><main><article><h1>عنوان الخبر الرئيسي في الصفحة</h1><p>${LONG_AR}</p></article></main>`, { lang: 'ar' }), published: null, modified: null },
  { id: 'ar-weekday-mismatch-low-confidence', lang: 'ar', doc: ar('<span>الاثنين 27 ديسمبر 2020</span>'), published: '2020-12-27T00:00:00Z', maxConf: 0.4 },
  // ---- Persian ----------------------------------------------------------
  { id: 'fa-solar-hijri', lang: 'fa', doc: lg('fa')('<span>۷ دی ۱۳۹۹</span>'), published: '2020-12-27T00:00:00Z' },
  { id: 'fa-solar-hijri-time-first', lang: 'fa', doc: lg('fa')('<span>تاریخ انتشار: ۱۴:۳۰ - ۰۷ دی ۱۳۹۹</span>'), published: '2020-12-27T14:30:00Z' },
  { id: 'fa-gregorian-names', lang: 'fa', doc: lg('fa')('<span>۲۷ دسامبر ۲۰۲۰</span>'), published: '2020-12-27T00:00:00Z' },
  { id: 'fa-farvardin-new-year', lang: 'fa', doc: lg('fa')('<span>۱ فروردین ۱۴۰۳</span>'), published: '2024-03-20T00:00:00Z' },
  { id: 'fa-relative', lang: 'fa', now: '2024-06-01T12:00:00Z', doc: lg('fa')('<span>۲ ساعت پیش</span>'), published: '2024-06-01T10:00:00Z' },
  // ---- English ----------------------------------------------------------
  { id: 'en-cnn-updated-et', lang: 'en', doc: en('<p class="update-time">Updated 6:12 AM ET, Sun December 27, 2020</p>'), published: null, modified: '2020-12-27T11:12:00Z' },
  { id: 'en-published-pm-est', lang: 'en', doc: en('<p>Published December 27, 2020 at 6:12 pm EST</p>'), published: '2020-12-27T23:12:00Z' },
  { id: 'en-abbrev-dot-pt', lang: 'en', doc: en('<p>Dec. 27, 2020 6:12 a.m. PT</p>'), published: '2020-12-27T14:12:00Z' },
  { id: 'en-edt-summer', lang: 'en', doc: en('<p>June 3, 2021 10:00 a.m. ET</p>'), published: '2021-06-03T14:00:00Z' },
  { id: 'en-british-gmt', lang: 'en', doc: en('<p>27 December 2020 • 6:12am GMT</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'en-dot-time-gmt', lang: 'en', doc: en('<p>Sun 27 Dec 2020 06.12 GMT</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'en-bst', lang: 'en', doc: en('<p>Mon 6 Jul 2020 09.30 BST</p>'), published: '2020-07-06T08:30:00Z' },
  { id: 'en-numeric-us', lang: 'en', doc: en('<p>12/27/2020 06:12 GMT</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'en-numeric-gb', lang: 'en-GB', doc: en('<p>Posted 05/11/2020</p>', '', { lang: 'en-GB' }), published: '2020-11-05T00:00:00Z' },
  { id: 'en-iso-text', lang: 'en', doc: en('<p>Posted on 2020-12-27 06:12 UTC</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'en-utc-offset', lang: 'en', doc: en('<p>December 27, 2020 09:12 (GMT+3)</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'en-mombasa-ap', lang: 'en', doc: en('', `MOMBASA, Kenya (AP) — ${LONG_EN}`), place: 'MOMBASA, Kenya', source: 'AP' },
  { id: 'en-london-reuters', lang: 'en', doc: en('', `LONDON (Reuters) - ${LONG_EN}`), place: 'LONDON', source: 'Reuters' },
  { id: 'en-washington-only', lang: 'en', doc: en('', `WASHINGTON — ${LONG_EN}`), place: 'WASHINGTON', source: null },
  { id: 'en-byline-agency', lang: 'en', doc: en('<p class="byline">By Jane Doe, Associated Press</p>'), source: 'Associated Press', place: null },
  { id: 'en-no-dateline-lead', lang: 'en', doc: en('', LONG_EN), place: null, source: null },
  { id: 'en-jsonld-graph', lang: 'en', doc: en('', '', { head: ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'x' }, { '@type': 'NewsArticle', datePublished: '2020-12-27T06:12:00Z', dateModified: '2020-12-28T08:00:00Z' }] }) }), published: '2020-12-27T06:12:00Z', modified: '2020-12-28T08:00:00Z' },
  { id: 'en-jsonld-array-offset', lang: 'en', doc: en('', '', { head: ld([{ '@type': 'BreadcrumbList' }, { '@type': ['BlogPosting'], datePublished: '2020-12-27T09:12:00+03:00' }]) }), published: '2020-12-27T06:12:00Z' },
  { id: 'en-jsonld-beats-text', lang: 'en', doc: en('<p>December 1, 2020</p>', '', { head: ld({ '@type': 'Article', datePublished: '2020-12-27T06:12:00Z' }) }), published: '2020-12-27T06:12:00Z' },
  { id: 'en-jsonld-broken-falls-back', lang: 'en', doc: en('<p>December 27, 2020</p>', '', { head: '<script type="application/ld+json">{"@type": "Article", "datePublished": </script>' }), published: '2020-12-27T00:00:00Z' },
  { id: 'en-meta-og', lang: 'en', doc: en('', '', { head: '<meta property="article:published_time" content="2020-12-27T06:12:00+00:00"><meta property="article:modified_time" content="2020-12-28T08:00:00+00:00">' }), published: '2020-12-27T06:12:00Z', modified: '2020-12-28T08:00:00Z' },
  { id: 'en-meta-parsely', lang: 'en', doc: en('', '', { head: '<meta name="parsely-pub-date" content="2020-12-27T06:12:00Z">' }), published: '2020-12-27T06:12:00Z' },
  { id: 'en-meta-sailthru-local', lang: 'en', doc: en('', '', { head: '<meta name="sailthru.date" content="2020-12-27 06:12:00">' }), published: '2020-12-27T06:12:00Z' },
  { id: 'en-meta-dc-issued', lang: 'en', doc: en('', '', { head: '<meta name="DC.date.issued" content="2020-12-27">' }), published: '2020-12-27T00:00:00Z' },
  { id: 'en-meta-og-updated', lang: 'en', doc: en('', '', { head: '<meta name="date" content="2020-12-27T06:12:00Z"><meta property="og:updated_time" content="2020-12-29T10:00:00Z">' }), published: '2020-12-27T06:12:00Z', modified: '2020-12-29T10:00:00Z' },
  { id: 'en-itemprop-time', lang: 'en', doc: en('<time itemprop="datePublished" datetime="2020-12-27T06:12:00Z">Dec 27</time>'), published: '2020-12-27T06:12:00Z' },
  { id: 'en-time-element-header', lang: 'en', doc: en('<div class="meta"><time datetime="2020-12-27T01:12:00-05:00">Dec 27</time></div>'), published: '2020-12-27T06:12:00Z' },
  { id: 'en-time-updated-class', lang: 'en', doc: en('<time class="published" datetime="2020-12-27T06:12:00Z">a</time><time class="updated" datetime="2020-12-30T06:00:00Z">b</time>'), published: '2020-12-27T06:12:00Z', modified: '2020-12-30T06:00:00Z' },
  { id: 'en-time-in-related-card-only', lang: 'en', doc: en('', '', { after: '<section><article><h3><a href="/y">Another story headline that links elsewhere</a></h3><time datetime="2019-01-01T00:00:00Z">Jan 1</time></article></section>' }), published: null },
  { id: 'en-time-in-aside-ignored', lang: 'en', doc: () => page(`<main><article><h1>Headline of the main story on this page</h1><p class="meta">December 27, 2020</p><p>${LONG_EN}</p></article><aside><time datetime="2021-05-05T00:00:00Z">May 5</time></aside></main>`), published: '2020-12-27T00:00:00Z' },
  { id: 'en-site-footer-ignored', lang: 'en', doc: () => page(`<main><article><h1>Headline of the main story on this page</h1><p>${LONG_EN}</p></article></main><footer><p>Last updated March 3, 2021</p><p>© 2023 News Corp</p></footer>`), published: null, modified: null },
  { id: 'en-comments-ignored', lang: 'en', doc: en('', '', { after: '<div id="comments"><p>Reader wrote on January 2, 2021 at 10:00 am</p></div>' }), published: null },
  { id: 'en-url-slashes', lang: 'en', url: 'https://example.com/news/2020/12/27/story-title', doc: en(''), published: '2020-12-27T00:00:00Z' },
  { id: 'en-url-compact', lang: 'en', url: 'https://example.com/news/story-20201227.html', doc: en(''), published: '2020-12-27T00:00:00Z' },
  { id: 'en-url-canonical', lang: 'en', doc: en('', '', { head: '<link rel="canonical" href="https://example.com/2020/12/27/story">' }), published: '2020-12-27T00:00:00Z' },
  { id: 'en-url-day-text-time', lang: 'en', url: 'https://example.com/2020/12/27/story', doc: en('<p>6:12 am GMT, December 27, 2020</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'en-future-rejected', lang: 'en', now: '2024-06-01T00:00:00Z', doc: en('<p>December 27, 2030</p>'), published: null },
  { id: 'en-relative-hours', lang: 'en', now: '2024-06-01T12:00:00Z', doc: en('<p class="ts">2 hours ago</p>'), published: '2024-06-01T10:00:00Z' },
  { id: 'en-yesterday', lang: 'en', now: '2024-06-01T12:00:00Z', doc: en('<p class="ts">Yesterday</p>'), published: '2024-05-31T00:00:00Z' },
  { id: 'en-page-offset-for-local-time', lang: 'en', doc: en('<p>December 27, 2020 9:12 am</p>', '', { head: '<meta property="article:modified_time" content="2020-12-28T10:00:00+03:00">' }), published: '2020-12-27T06:12:00Z' },
  { id: 'en-no-date', lang: 'en', doc: en(''), published: null, modified: null },
  { id: 'en-body-date-not-taken', lang: 'en', doc: () => page(`<main><article><h1>Headline of the main story on this page</h1><p>${LONG_EN} The treaty was signed on 27 November 2019 in Istanbul.</p><p>${LONG_EN}</p></article></main>`), published: null },
  { id: 'en-unix-timestamp', lang: 'en', doc: en('<span data-timestamp="1609049520">Dec 27</span>'), published: '2020-12-27T06:12:00Z' },
  { id: 'en-tail-published-cue', lang: 'en', doc: en('', '', { after: '<p class="note">Published on 27 December 2020</p>' }), published: '2020-12-27T00:00:00Z' },
  { id: 'en-copyright-header', lang: 'en', doc: en('<p>Copyright 2020 The Paper. All rights reserved.</p>'), published: null },
  // ---- French -----------------------------------------------------------
  { id: 'fr-publie-h', lang: 'fr', doc: lg('fr')('<p>Publié le 27 décembre 2020 à 06h12</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'fr-mis-a-jour', lang: 'fr', doc: lg('fr')('<p>Publié le 27 décembre 2020 à 06h12, mis à jour le 28 décembre 2020 à 08h00</p>'), published: '2020-12-27T06:12:00Z', modified: '2020-12-28T08:00:00Z' },
  { id: 'fr-afp-dateline-yearless', lang: 'fr', now: '2021-01-10T00:00:00Z', doc: lg('fr')('', `PARIS, 27 déc (AFP) - ${LONG_EN}`), place: 'PARIS', source: 'AFP', published: '2020-12-27T00:00:00Z', maxConf: 0.4 },
  { id: 'fr-premier', lang: 'fr', doc: lg('fr')('<p>le 1er janvier 2021 à 10h30</p>'), published: '2021-01-01T10:30:00Z' },
  { id: 'fr-numeric', lang: 'fr', doc: lg('fr')('<p>Publié le 05/11/2020 à 06:12</p>'), published: '2020-11-05T06:12:00Z' },
  { id: 'fr-relative', lang: 'fr', now: '2024-06-01T12:00:00Z', doc: lg('fr')('<p>il y a 2 heures</p>'), published: '2024-06-01T10:00:00Z' },
  // ---- German -----------------------------------------------------------
  { id: 'de-numeric-uhr', lang: 'de', doc: lg('de')('<p>27.12.2020, 06:12 Uhr</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'de-aktualisiert', lang: 'de', doc: lg('de')('<p>Veröffentlicht am 27.12.2020</p><p>Aktualisiert am 28.12.2020, 08:00 Uhr</p>'), published: '2020-12-27T00:00:00Z', modified: '2020-12-28T08:00:00Z' },
  { id: 'de-mez', lang: 'de', doc: lg('de')('<p>27. Dezember 2020, 06:12 Uhr MEZ</p>'), published: '2020-12-27T05:12:00Z' },
  { id: 'de-weekday', lang: 'de', doc: lg('de')('<p>Sonntag, 27. Dezember 2020</p>'), published: '2020-12-27T00:00:00Z' },
  { id: 'de-maerz-umlaut', lang: 'de', doc: lg('de')('<p>3. März 2021 um 14:00 Uhr MEZ</p>'), published: '2021-03-03T13:00:00Z' },
  { id: 'de-relative', lang: 'de', now: '2024-06-01T12:00:00Z', doc: lg('de')('<p>vor 2 Stunden</p>'), published: '2024-06-01T10:00:00Z' },
  // ---- Spanish ----------------------------------------------------------
  { id: 'es-de-cet', lang: 'es', doc: lg('es')('<p>27 de diciembre de 2020 - 06:12 CET</p>'), published: '2020-12-27T05:12:00Z' },
  { id: 'es-actualizado', lang: 'es', doc: lg('es')('<p>Publicado: 27/12/2020 06:12</p><p>Actualizado: 28/12/2020 08:00</p>'), published: '2020-12-27T06:12:00Z', modified: '2020-12-28T08:00:00Z' },
  { id: 'es-europa-press', lang: 'es', doc: lg('es')('', `MADRID, 27 Dic. (EUROPA PRESS) - ${LONG_EN}`), place: 'MADRID', source: 'EUROPA PRESS' },
  { id: 'es-relative', lang: 'es', now: '2024-06-01T12:00:00Z', doc: lg('es')('<p>hace 3 horas</p>'), published: '2024-06-01T09:00:00Z' },
  // ---- Portuguese -------------------------------------------------------
  { id: 'pt-as', lang: 'pt', doc: lg('pt')('<p>27 de dezembro de 2020 às 06:12</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'pt-atualizado', lang: 'pt', doc: lg('pt')('<p>Publicado em 27/12/2020 06h12</p><p>Atualizado em 28/12/2020 08h00</p>'), published: '2020-12-27T06:12:00Z', modified: '2020-12-28T08:00:00Z' },
  { id: 'pt-relative', lang: 'pt', now: '2024-06-01T12:00:00Z', doc: lg('pt')('<p>há 2 horas</p>'), published: '2024-06-01T10:00:00Z' },
  // ---- Italian ----------------------------------------------------------
  { id: 'it-ore', lang: 'it', doc: lg('it')('<p>27 dicembre 2020 ore 06:12</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'it-aggiornato', lang: 'it', doc: lg('it')('<p>Pubblicato il 27 dicembre 2020</p><p>Aggiornato il 28 dicembre 2020</p>'), published: '2020-12-27T00:00:00Z', modified: '2020-12-28T00:00:00Z' },
  { id: 'it-relative', lang: 'it', now: '2024-06-01T12:00:00Z', doc: lg('it')('<p>2 ore fa</p>'), published: '2024-06-01T10:00:00Z' },
  // ---- Turkish ----------------------------------------------------------
  { id: 'tr-aralik-weekday', lang: 'tr', doc: lg('tr')('<p>27 Aralık 2020 Pazar 09:12</p>'), published: '2020-12-27T09:12:00Z' },
  { id: 'tr-guncelleme', lang: 'tr', doc: lg('tr')('<p>Yayınlanma: 27.12.2020 - 06:12</p><p>Güncelleme: 28.12.2020 - 08:00</p>'), published: '2020-12-27T06:12:00Z', modified: '2020-12-28T08:00:00Z' },
  { id: 'tr-trt-zone', lang: 'tr', doc: lg('tr')('<p>27 Aralık 2020 09:12 TRT</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'tr-relative', lang: 'tr', now: '2024-06-01T12:00:00Z', doc: lg('tr')('<p>2 saat önce</p>'), published: '2024-06-01T10:00:00Z' },
  // ---- Round 2: day words (last resort, anchored to the visit; 2024-06-02 is a Sunday) ----
  { id: 'ar-today-weekday', lang: 'ar', now: '2024-06-02T12:00:00Z', doc: ar('<span class="date">اليوم (الأحد)</span>'), published: '2024-06-02T00:00:00Z', maxConf: 0.3 },
  { id: 'ar-today-weekday-mismatch', lang: 'ar', now: '2024-06-02T12:00:00Z', doc: ar('<span class="date">اليوم (الأربعاء)</span>'), published: null },
  { id: 'ar-yesterday-time', lang: 'ar', now: '2024-06-02T12:00:00Z', doc: ar('<span class="date">أمس 10:30</span>'), published: '2024-06-01T10:30:00Z', maxConf: 0.3 },
  { id: 'ar-updated-today-is-modified', lang: 'ar', now: '2024-06-02T12:00:00Z', doc: ar('<span>آخر تحديث: اليوم 09:00 بتوقيت غرينتش</span>'), published: null, modified: '2024-06-02T09:00:00Z' },
  { id: 'ar-source-name-with-today', lang: 'ar', now: '2024-06-02T12:00:00Z', doc: ar('<span class="source">ليبيا اليوم</span>'), published: null },
  { id: 'en-today-time-et', lang: 'en', now: '2024-06-02T12:00:00Z', doc: en('<p class="ts">Today at 6:12 am ET</p>'), published: '2024-06-02T10:12:00Z', maxConf: 0.3 },
  { id: 'en-yesterday-weekday', lang: 'en', now: '2024-06-02T12:00:00Z', doc: en('<p class="ts">Yesterday (Saturday)</p>'), published: '2024-06-01T00:00:00Z' },
  { id: 'en-today-loses-to-structured', lang: 'en', now: '2024-06-02T12:00:00Z', doc: en('<p class="ts">Today</p>', '', { head: ld({ '@type': 'NewsArticle', datePublished: '2024-05-30T08:00:00Z' }) }), published: '2024-05-30T08:00:00Z' },
  { id: 'en-today-in-sentence-not-date', lang: 'en', now: '2024-06-02T12:00:00Z', doc: en('<p class="kicker">Today 5 people were hurt</p>'), published: null },
  { id: 'fr-aujourdhui', lang: 'fr', now: '2024-06-02T12:00:00Z', doc: lg('fr')("<p>Aujourd'hui à 06h12</p>"), published: '2024-06-02T06:12:00Z' },
  { id: 'de-heute', lang: 'de', now: '2024-06-02T12:00:00Z', doc: lg('de')('<p>heute, 10:30 Uhr</p>'), published: '2024-06-02T10:30:00Z' },
  { id: 'es-hoy-weekday', lang: 'es', now: '2024-06-02T12:00:00Z', doc: lg('es')('<p>Hoy, domingo</p>'), published: '2024-06-02T00:00:00Z' },
  { id: 'tr-bugun', lang: 'tr', now: '2024-06-02T12:00:00Z', doc: lg('tr')('<p>Bugün 11:05</p>'), published: '2024-06-02T11:05:00Z' },
  // ---- Round 2: Hungarian / Korean dotted dates ----------------------------
  { id: 'hu-dotted', lang: 'hu', doc: lg('hu')('<p>2020.12.27. 06:12</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'hu-dotted-spaced', lang: 'hu', doc: lg('hu')('<p>Frissítve: 2020. 12. 27. 06:12</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'hu-month-name-weekday', lang: 'hu', doc: lg('hu')('<p>2020. december 27., vasárnap 06:12</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'hu-weekday-mismatch', lang: 'hu', doc: lg('hu')('<p>2020. december 27., hétfő</p>'), published: '2020-12-27T00:00:00Z', maxConf: 0.4 },
  { id: 'ko-dotted', lang: 'ko', doc: lg('ko')('<p>입력 2020. 12. 27. 06:12</p>'), published: '2020-12-27T06:12:00Z' },
  // ---- Round 2: mixed-case places with an agency credit ---------------------
  { id: 'en-washington-ap-mixed-case', lang: 'en', doc: en('', `Washington (AP) — ${LONG_EN}`), place: 'Washington', source: 'AP' },
  { id: 'en-st-louis-abbrev', lang: 'en', doc: en('', `ST. LOUIS (AP) — ${LONG_EN}`), place: 'ST. LOUIS', source: 'AP' },
  { id: 'en-concord-state-abbrev', lang: 'en', doc: en('', `Concord, N.H. (Reuters) - ${LONG_EN}`), place: 'Concord, N.H.', source: 'Reuters' },
  { id: 'en-photo-credit-not-dateline', lang: 'en', doc: en('', `Jane Doe (Getty Images) — ${LONG_EN}`), place: null, source: null },
  { id: 'en-caption-not-dateline', lang: 'en', doc: en('', `Joe Biden (left) — ${LONG_EN}`), place: null, source: null },
  { id: 'es-efe-dot-dash', lang: 'es', doc: lg('es')('', `Madrid, 27 dic (EFE).- ${LONG_EN}`), place: 'Madrid', source: 'EFE' },
  { id: 'de-berlin-dpa', lang: 'de', doc: lg('de')('', `Berlin (dpa) - ${LONG_EN}`), place: 'Berlin', source: 'dpa' },
  // ---- Round 2: zone phrases with daylight-saving time (Intl, IANA zones) ----
  { id: 'ar-cairo-time-dst-2024', lang: 'ar', now: '2024-08-01T00:00:00Z', doc: ar('<span>الاثنين 1 يوليو 2024 10:00 بتوقيت القاهرة</span>'), published: '2024-07-01T07:00:00Z' },
  { id: 'ar-cairo-time-no-dst-2020', lang: 'ar', doc: ar('<span>الأربعاء 1 يوليو 2020 10:00 بتوقيت القاهرة</span>'), published: '2020-07-01T08:00:00Z' },
  { id: 'fr-heure-de-paris-winter', lang: 'fr', doc: lg('fr')('<p>Publié le 27 décembre 2020 à 07h12 (heure de Paris)</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'fr-heure-de-paris-summer', lang: 'fr', doc: lg('fr')('<p>Publié le 27 juin 2021 à 08h12, heure de Paris</p>'), published: '2021-06-27T06:12:00Z' },
  { id: 'en-cairo-time', lang: 'en', doc: en('<p>June 27, 2021 10:00 Cairo time</p>'), published: '2021-06-27T08:00:00Z' },
  { id: 'ru-moscow-phrase', lang: 'ru', doc: lg('ru')('<p>27 декабря 2020, 09:12 по московскому времени</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'fa-tehran-dst-2021', lang: 'fa', doc: lg('fa')('<span>۱۰ تیر ۱۴۰۰ ساعت ۱۰:۰۰ به وقت تهران</span>'), published: '2021-07-01T05:30:00Z' },
  // ---- Round 2: Hijri variants (هـ) -----------------------------------------
  { id: 'ar-hijri-variant-from-gregorian', lang: 'ar', doc: ar('<span>12 جمادى الأولى 1442 هـ الموافق 26 ديسمبر 2020 م</span>'), published: '2020-12-26T00:00:00Z' },
  { id: 'ar-hijri-variant-from-weekday', lang: 'ar', doc: ar('<span>السبت 12 جمادى الأولى 1442 هـ</span>'), published: '2020-12-26T00:00:00Z' },
  { id: 'ar-hijri-numeric-marked', lang: 'ar', doc: ar('<span>الأحد 12/5/1442هـ</span>'), published: '2020-12-27T00:00:00Z' },
  { id: 'ar-hijri-numeric-unmarked-ignored', lang: 'ar', doc: ar('<span>12/5/1442</span>'), published: null },
  // ---- Round 3: the year of a year-less date from the page's own dated values ----
  { id: 'fr-yearless-time-year-from-url', lang: 'fr', url: 'https://example.com/monde/2019/12/27/story', now: '2021-01-10T00:00:00Z', doc: lg('fr')('<p class="date">27 déc. à 07h12 (heure de Paris)</p>'), published: '2019-12-27T06:12:00Z', evidence: /nearest to the url date 2019-12-27/ },
  { id: 'en-yearless-time-year-from-jsonld-modified', lang: 'en', now: '2021-03-01T00:00:00Z', doc: en('<p class="dateline">Dec 31, 11:40 pm GMT</p>', '', { head: ld({ '@type': 'NewsArticle', dateModified: '2019-01-02T10:00:00Z' }) }), published: '2018-12-31T23:40:00Z', evidence: /nearest to the json-ld date 2019-01-02/ },
  { id: 'es-yearless-visit-year-said', lang: 'es', now: '2024-06-01T00:00:00Z', doc: lg('es')('', `MADRID, 27 dic (EFE).- ${LONG_EN}`), published: '2023-12-27T00:00:00Z', maxConf: 0.35, evidence: /latest such day before the visit/ },
  // ---- Year-less wire datelines in short leads: the year inferred, never a future day, low confidence ----
  { id: 'fr-afp-short-lead-yearless', lang: 'fr', now: '2021-01-10T00:00:00Z', doc: lg('fr')('', 'PARIS, 27 déc (AFP) - Le gouvernement a annoncé dimanche de nouvelles mesures sanitaires pour les fêtes.'), place: 'PARIS', source: 'AFP', published: '2020-12-27T00:00:00Z', maxConf: 0.35, evidence: /2020 inferred from the visit time/ },
  { id: 'en-reuters-yearless-not-future', lang: 'en', now: '2021-12-20T00:00:00Z', doc: en('', 'NEW YORK, Dec 27 (Reuters) - U.S. stocks rose on Monday as investors bet on a quick economic recovery.'), place: 'NEW YORK', source: 'Reuters', published: '2020-12-27T00:00:00Z', maxConf: 0.35, evidence: /inferred/ },
  { id: 'de-dpa-yearless-year-from-header-text', lang: 'de', now: '2024-06-01T00:00:00Z', doc: lg('de')('<p class="meta">Aktualisiert am 28.12.2020, 08:00 Uhr</p>', 'BERLIN, 27. Dez (dpa) - Die Bundesregierung hat am Sonntag neue Regeln für die Feiertage beschlossen.'), place: 'BERLIN', source: 'dpa', published: '2020-12-27T00:00:00Z', modified: '2020-12-28T08:00:00Z', maxConf: 0.45, evidence: /2020 inferred, nearest to the header text date 2020-12-28/ },
  // ---- Round 3: the page's offset for a time written without a zone ----------
  { id: 'en-zone-later-on-the-line', lang: 'en', doc: en('<p>Published December 27, 2020 at 9:12 am. All times GMT+3</p>'), published: '2020-12-27T06:12:00Z', evidence: /zone from the same line: gmt\+3/ },
  { id: 'de-zone-caps-later-on-the-line', lang: 'de', doc: lg('de')('<p>27.12.2020, 07:12 Uhr. Alle Zeiten MEZ</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'fr-lowercase-est-is-a-word', lang: 'fr', doc: lg('fr')("<p>Publié le 27 décembre 2020 à 06h12, l'article est en ligne</p>"), published: '2020-12-27T06:12:00Z', evidence: /read as UTC/ },
  { id: 'en-offset-from-time-elsewhere', lang: 'en', doc: () => page(`<main><article><h1>Headline of the main story on this page</h1><p class="meta">December 27, 2020 9:12 am</p><p>${LONG_EN}</p></article><aside><time datetime="2020-12-20T10:00:00+03:00">Dec 20</time></aside></main>`), published: '2020-12-27T06:12:00Z', evidence: /page offset 180 min, from <time datetime> elsewhere/ },
  { id: 'en-offset-from-jsonld-image', lang: 'en', doc: en('<p>27 December 2020 08:12</p>', '', { head: ld({ '@type': 'ImageObject', uploadDate: '2020-12-26T18:00:00+02:00' }) }), published: '2020-12-27T06:12:00Z', evidence: /page offset 120 min, from meta \/ JSON-LD/ },
  { id: 'en-utc-stamp-says-no-zone', lang: 'en', doc: en('<p>27 December 2020 06:12</p>', '', { head: ld({ '@type': 'ImageObject', uploadDate: '2020-12-26T18:00:00Z' }) }), published: '2020-12-27T06:12:00Z', evidence: /none found on the page/ },
  { id: 'ar-zone-phrase-later-on-the-line', lang: 'ar', doc: ar('<span>نشر في 27 ديسمبر 2020 الساعة 08:12 - جميع الأوقات بتوقيت القاهرة</span>'), published: '2020-12-27T06:12:00Z' },
  // ---- Round 3: Hebrew (Gregorian and Hebrew calendar) and Thai (Buddhist Era) ----
  { id: 'he-gregorian-prefixed-month', lang: 'he', doc: lg('he')('<p>פורסם: יום ראשון, 27 בדצמבר 2020, 09:12</p>', '', { head: '<meta property="article:modified_time" content="2020-12-28T10:00:00+02:00">' }), published: '2020-12-27T07:12:00Z' },
  { id: 'he-numeric-dotted', lang: 'he', doc: lg('he')('<p>27.12.2020 | 09:12</p>'), published: '2020-12-27T09:12:00Z' },
  { id: 'he-hebrew-calendar-digits', lang: 'he', doc: lg('he')('<p>יום ראשון, 12 בטבת 5781</p>'), published: '2020-12-27T00:00:00Z' },
  { id: 'he-hebrew-calendar-numerals', lang: 'he', doc: lg('he')('<p>י״ב בטבת תשפ״א</p>'), published: '2020-12-27T00:00:00Z' },
  { id: 'he-adar-ii-leap-year', lang: 'he', doc: lg('he')('<p>ט״ו באדר ב׳ תשפ״ד</p>'), published: '2024-03-25T00:00:00Z', now: '2024-06-01T00:00:00Z' },
  { id: 'he-dual-calendars', lang: 'he', doc: lg('he')('<p>12 בטבת 5781 (27 בדצמבר 2020), 08:12</p>', '', { head: ld({ '@type': 'ImageObject', uploadDate: '2020-12-26T18:00:00+02:00' }) }), published: '2020-12-27T06:12:00Z' },
  // ---- Hebrew calendar years: thousands («ה׳», a bare «ה»), geresh/gershayim and their ASCII stand-ins ----
  { id: 'he-year-bare-he-thousands', lang: 'he', doc: lg('he')('<p>י״ב בטבת התשפ״א</p>'), published: '2020-12-27T00:00:00Z' },
  { id: 'he-year-geresh-thousands-weekday', lang: 'he', doc: lg('he')('<p>יום ראשון, י״ב בטבת ה׳תשפ״א</p>'), published: '2020-12-27T00:00:00Z' },
  { id: 'he-year-geresh-thousands-spaced', lang: 'he', now: '2024-06-01T00:00:00Z', doc: lg('he')('<p>ט״ו באדר ב׳ ה׳ תשפ״ד</p>'), published: '2024-03-25T00:00:00Z' },
  { id: 'he-ascii-quotes', lang: 'he', doc: lg('he')(`<p>י"ב בטבת ה'תשפ"א</p>`), published: '2020-12-27T00:00:00Z' },
  { id: 'he-ascii-double-apostrophe', lang: 'he', doc: lg('he')("<p>ט' בטבת תשפ''א</p>"), published: '2020-12-24T00:00:00Z' },
  { id: 'he-beshnat-year', lang: 'he', doc: lg('he')('<p>פורסם ביום י״ב בטבת, בשנת התשפ״א</p>'), published: '2020-12-27T00:00:00Z' },
  { id: 'th-buddhist-long', lang: 'th', doc: lg('th')('<p>27 ธันวาคม 2563</p>'), published: '2020-12-27T00:00:00Z' },
  { id: 'th-buddhist-abbrev-time', lang: 'th', doc: lg('th')('<p>27 ธ.ค. 2563 13:12 น. (GMT+7)</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'th-buddhist-era-marker', lang: 'th', doc: lg('th')('<p>วันอาทิตย์ที่ 27 ธันวาคม พ.ศ. 2563</p>'), published: '2020-12-27T00:00:00Z' },
  { id: 'th-numeric-buddhist', lang: 'th', doc: lg('th')('<p>เผยแพร่: 27/12/2563 13:12</p>', '', { head: '<meta name="x" content="2020-12-01T10:00:00+07:00">' }), published: '2020-12-27T06:12:00Z' },
  { id: 'th-gregorian-year-kept', lang: 'th', doc: lg('th')('<p>27 ธันวาคม 2020</p>'), published: '2020-12-27T00:00:00Z' },
  // ---- Round 3: mixed-case places followed by a date, without an agency credit ----
  { id: 'fr-place-date-no-agency', lang: 'fr', doc: lg('fr')('', `Paris, 27 décembre 2020 – ${LONG_EN}`), place: 'Paris', source: null, published: '2020-12-27T00:00:00Z' },
  { id: 'fr-place-le-date', lang: 'fr', now: '2021-01-10T00:00:00Z', doc: lg('fr')('', `Marseille, le 27 déc. – ${LONG_EN}`), place: 'Marseille', source: null },
  { id: 'de-place-den-date', lang: 'de', doc: lg('de')('', `Frankfurt am Main, 27. Dezember 2020 – ${LONG_EN}`), place: 'Frankfurt am Main', source: null },
  { id: 'en-weekday-date-not-place', lang: 'en', doc: en('', `Sunday, December 27, 2020 — ${LONG_EN}`), place: null },
  { id: 'en-name-without-date-not-place', lang: 'en', doc: en('', `Jane Doe, senior reporter — ${LONG_EN}`), place: null },
  { id: 'en-updated-date-not-place', lang: 'en', doc: en('', `Updated, December 27, 2020 — ${LONG_EN}`), place: null },
  { id: 'es-place-date-more-text-not-place', lang: 'es', doc: lg('es')('', `Lucía García, 27 de diciembre de 2020, fotografía de archivo – ${LONG_EN}`), place: null },
  { id: 'en-caps-hyphenated-word-not-place', lang: 'en', doc: en('', `A HIGH-powered team of officials has been touring the region this week to ${LONG_EN}`), place: null },
  // ---- Short wire-style leads (80–150 characters: a dateline and one short sentence) ----
  { id: 'en-short-wire-lead', lang: 'en', doc: en('', 'LONDON (Reuters) - The Bank of England held interest rates on Thursday, its governor told reporters.'), place: 'LONDON', source: 'Reuters' },
  { id: 'ar-short-wire-lead', lang: 'ar', doc: ar('', 'القاهرة (رويترز) - قال مسؤولون إن الحكومة المصرية وافقت اليوم على خطة جديدة لدعم قطاع الطاقة.'), place: 'القاهرة', source: 'رويترز' },
  { id: 'ar-short-lead-dashed-agency', lang: 'ar', doc: ar('', 'عمان - بترا - بحث وزير الخارجية اليوم مع نظيره التركي سبل تعزيز التعاون بين البلدين في مجالات عدة.'), place: 'عمان', source: 'بترا' },
  { id: 'en-short-paragraphs-only', lang: 'en', doc: () => page('<main><article><h1>Headline of the main story on this page</h1><p class="byline">By Jane Doe</p><p>MOMBASA, Kenya (AP) — Heavy rains flooded parts of the port city on Sunday, officials said.</p><p>The Kenya Red Cross said dozens of families had been moved to higher ground overnight.</p><p>More rain is expected this week.</p></article></main>'), place: 'MOMBASA, Kenya', source: 'AP' },
  { id: 'en-short-photo-credit-not-dateline', lang: 'en', doc: en('', 'Jane Doe (Getty Images) — The minister arrives for talks in the capital on Thursday morning, aides said.'), place: null, source: null },
  // ---- A lead after a standfirst / subtitle paragraph ----
  { id: 'en-short-lead-after-long-standfirst', lang: 'en', doc: en(`<p class="standfirst">${SF_EN}</p>`, 'LONDON (Reuters) - The Bank of England held interest rates on Thursday, its governor told reporters.'), place: 'LONDON', source: 'Reuters' },
  { id: 'en-long-lead-after-long-standfirst', lang: 'en', doc: en(`<div class="article-dek"><p>${SF_EN}</p></div>`, `LONDON (Reuters) - ${LONG_EN}`), place: 'LONDON', source: 'Reuters' },
  { id: 'en-short-lead-after-h2-subtitle', lang: 'en', doc: en('<h2>Rates stay on hold as the central bank waits for more signs that inflation is easing</h2>', 'WASHINGTON (AP) — The Federal Reserve left its key rate unchanged on Wednesday, officials said.'), place: 'WASHINGTON', source: 'AP' },
  { id: 'ar-short-lead-after-subtitle', lang: 'ar', doc: ar(`<p class="subtitle">${SF_AR}</p>`, 'القاهرة (رويترز) - قال مسؤولون إن الحكومة المصرية وافقت اليوم على خطة جديدة لدعم قطاع الطاقة.'), place: 'القاهرة', source: 'رويترز' },
  { id: 'en-short-lead-after-unmarked-standfirst', lang: 'en', doc: en(`<p>${SF_EN}</p>`, 'LONDON (Reuters) - The Bank of England held interest rates on Thursday, its governor told reporters.'), place: 'LONDON', source: 'Reuters' },
  { id: 'fr-afp-yearless-after-chapo', lang: 'fr', now: '2021-01-10T00:00:00Z', doc: lg('fr')(`<p class="chapo">${SF_EN}</p>`, 'PARIS, 27 déc (AFP) - Le gouvernement a annoncé dimanche de nouvelles mesures sanitaires pour les fêtes.'), place: 'PARIS', source: 'AFP', published: '2020-12-27T00:00:00Z', maxConf: 0.35 },
  { id: 'ar-second-paragraph-without-source-not-place', lang: 'ar', doc: ar(`<p>${SF_AR}</p>`, 'وأضاف المتحدث - إن الحكومة ستواصل العمل على الخطة خلال الأشهر المقبلة في كل المناطق والمدن.'), place: null, source: null },
  { id: 'en-standfirst-date-not-taken', lang: 'en', doc: en(`<p class="standfirst">On 27 November 2019 the two countries signed a treaty; a year on, ${SF_EN}</p>`, ''), published: null },
  // ---- With an extraction root: its header region is read, what follows it is not ----
  { id: 'en-root-header-region-glued-markup', lang: 'en', root: '#content', doc: () => page(`<div class="wrap"><div class="head"><h1>Headline of the main story on this page</h1><p class="meta">December 27, 2020</p></div><div id="content"><p>${LONG_EN}</p><p>${LONG_EN}</p></div></div>`), published: '2020-12-27T00:00:00Z' },
  { id: 'en-root-time-and-cue-after-root-rejected', lang: 'en', root: '#content', doc: () => page(`<div class="wrap"><h1>Headline of the main story on this page</h1><div id="content"><p>${LONG_EN}</p><p>${LONG_EN}</p></div><div class="x"><p>Posted December 1, 2020</p><time datetime="2020-12-01T10:00:00Z">Dec 1</time></div></div>`), published: null, modified: null },
  { id: 'ar-root-updated-after-root-rejected', lang: 'ar', root: '#content', doc: () => page(`<div class="wrap"><h1>عنوان الخبر الرئيسي في الصفحة</h1><p>نشر في 27 ديسمبر 2020</p><div id="content"><p>${LONG_AR}</p></div><div class="x"><p>آخر تحديث: 3 يناير 2021</p></div></div>`, { lang: 'ar' }), published: '2020-12-27T00:00:00Z', modified: null },
  // ---- Issue 4 forms not covered above: each Levantine month, the rest of the Maghrebi ones, more meta and byline forms ----
  ...([['كانون الثاني', 1], ['شباط', 2], ['آذار', 3], ['نيسان', 4], ['أيار', 5], ['حزيران', 6], ['تموز', 7], ['آب', 8], ['أيلول', 9], ['تشرين الأول', 10], ['تشرين الثاني', 11]] as const).map(
    ([name, m]): Case => ({ id: `ar-levantine-month-${m}`, lang: 'ar', doc: ar(`<span class="date">15 ${name} 2021</span>`), published: `2021-${String(m).padStart(2, '0')}-15T00:00:00Z` }),
  ),
  { id: 'ar-maghrebi-shutanbar', lang: 'ar', doc: ar('<span>الثلاثاء 14 شتنبر 2021</span>'), published: '2021-09-14T00:00:00Z' },
  { id: 'ar-maghrebi-nunbar', lang: 'ar', doc: ar('<span>الاثنين 15 نونبر 2021</span>'), published: '2021-11-15T00:00:00Z' },
  { id: 'ar-egyptian-yanayir-am', lang: 'ar', doc: ar('<span>الأحد 3 يناير 2021 - 11:15 ص</span>'), published: '2021-01-03T11:15:00Z' },
  { id: 'ar-persian-digits-on-arabic-page', lang: 'ar', doc: ar('<span>۲۷ ديسمبر ۲۰۲۰</span>'), published: '2020-12-27T00:00:00Z' },
  { id: 'ar-byline-agencies-credit', lang: 'ar', doc: ar('<p class="source">المصدر: وكالات</p>'), source: 'وكالات', place: null },
  { id: 'en-meta-pubdate', lang: 'en', doc: en('', '', { head: '<meta name="pubdate" content="2020-12-27T06:12:00Z">' }), published: '2020-12-27T06:12:00Z' },
  { id: 'en-meta-itemprop-both', lang: 'en', doc: en('<meta itemprop="datePublished" content="2020-12-27T09:12:00+03:00"><meta itemprop="dateModified" content="2020-12-28T11:00:00+03:00">'), published: '2020-12-27T06:12:00Z', modified: '2020-12-28T08:00:00Z' },
  { id: 'en-modified-before-published-dropped', lang: 'en', doc: en('', '', { head: ld({ '@type': 'NewsArticle', datePublished: '2020-12-27T06:12:00Z', dateModified: '2020-12-20T08:00:00Z' }) }), published: '2020-12-27T06:12:00Z', modified: null },
  { id: 'en-month-day-time-year', lang: 'en', doc: en('<p class="date">November 20 15:23 2019 Print This Article</p>'), published: '2019-11-20T15:23:00Z' },
  // ---- Round 4: a date between place and source; kicker words are not places; relative modified ----
  { id: 'ar-place-date-source', lang: 'ar', now: '2021-01-10T00:00:00Z', doc: ar('', `القاهرة 27 ديسمبر (رويترز) - ${LONG_AR}`), place: 'القاهرة', source: 'رويترز', published: '2020-12-27T00:00:00Z' },
  { id: 'ar-place-comma-date-source', lang: 'ar', now: '2021-01-10T00:00:00Z', doc: ar('', `القاهرة، 27 ديسمبر (رويترز) - ${LONG_AR}`), place: 'القاهرة', source: 'رويترز' },
  { id: 'ar-place-fi-date-source', lang: 'ar', now: '2021-01-10T00:00:00Z', doc: ar('', `القاهرة في 27 ديسمبر (أ ف ب) - ${LONG_AR}`), place: 'القاهرة', source: 'أ ف ب' },
  { id: 'en-place-date-source-no-comma', lang: 'en', now: '2021-01-10T00:00:00Z', doc: en('', `CAIRO Dec 27 (Reuters) - ${LONG_EN}`), place: 'CAIRO', source: 'Reuters', published: '2020-12-27T00:00:00Z' },
  { id: 'en-place-comma-date-source', lang: 'en', now: '2021-01-10T00:00:00Z', doc: en('', `CAIRO, Dec 27 (Reuters) - ${LONG_EN}`), place: 'CAIRO', source: 'Reuters' },
  { id: 'fr-place-date-source-no-comma', lang: 'fr', now: '2021-01-10T00:00:00Z', doc: lg('fr')('', 'PARIS 27 décembre (AFP) - Le gouvernement a annoncé dimanche de nouvelles mesures sanitaires pour les fêtes.'), place: 'PARIS', source: 'AFP' },
  { id: 'de-kicker-word-not-place', lang: 'de', doc: lg('de')('', 'MIGRATION – Probleme zwischen Einheimischen und Flüchtlingen sind auch in Afrika ein Thema – wie Kenia mit der Herausforderung umgeht.'), place: null, source: null },
  { id: 'en-kicker-word-not-place', lang: 'en', doc: en('', `EXCLUSIVE — ${LONG_EN}`), place: null },
  { id: 'en-lone-known-city-place', lang: 'en', doc: en('', `LONDON — ${LONG_EN}`), place: 'LONDON', source: null },
  { id: 'en-lone-capital-place', lang: 'en', doc: en('', `WASHINGTON — ${LONG_EN}`), place: 'WASHINGTON' },
  { id: 'en-two-word-county-place', lang: 'en', doc: en('', `NAPA COUNTY — ${LONG_EN}`), place: 'NAPA COUNTY' },
  { id: 'de-lone-known-city-place', lang: 'de', doc: lg('de')('', 'BERLIN – Die Bundesregierung hat am Sonntag neue Maßnahmen für die Feiertage angekündigt und will sie rasch umsetzen.'), place: 'BERLIN' },
  { id: 'ar-relative-modified-after-published', lang: 'ar', now: '2024-06-01T12:00:00Z', doc: ar('<div><span>نشر في: 1 يونيو 2024 06:12 GMT</span> <span>آخر تحديث: منذ ساعتين</span></div>'), published: '2024-06-01T06:12:00Z', modified: '2024-06-01T10:00:00Z' },
  { id: 'en-relative-modified-after-published', lang: 'en', now: '2024-06-01T12:00:00Z', doc: en('<p class="date">Published June 1, 2024 6:12 AM GMT</p><p class="updated">Updated 2 hours ago</p>'), published: '2024-06-01T06:12:00Z', modified: '2024-06-01T10:00:00Z' },
  { id: 'en-relative-modified-before-published-dropped', lang: 'en', now: '2024-06-01T12:00:00Z', doc: en('<p class="date">Published June 1, 2024 11:12 AM GMT</p><p class="updated">Updated 2 hours ago</p>'), published: '2024-06-01T11:12:00Z', modified: null },
  // ---- Round 4, from the eye check of corpus pages without publishedTime ----
  { id: 'en-meta-article-modified', lang: 'en', doc: en('', '', { head: '<meta property="article:published" content="2018-09-25T21:28:31Z"><meta property="article:modified" content="2018-09-28T13:09:07Z">' }), published: '2018-09-25T21:28:31Z', modified: '2018-09-28T13:09:07Z' },
  { id: 'en-microdata-video-date-not-story', lang: 'en', doc: en('<div itemscope itemtype="https://schema.org/VideoObject"><meta itemprop="name" content="Clip"><meta itemprop="datePublished" content="2015-03-12T13:11:07Z"></div><div itemscope itemtype="https://schema.org/Article"><meta itemprop="datePublished" content="2015-03-11T19:46:14Z"></div>'), published: '2015-03-11T19:46:14Z' },
  { id: 'en-microdata-comment-date-not-story', lang: 'en', doc: en('<p class="date">March 11, 2015</p><div itemscope itemtype="http://schema.org/Comment"><time itemprop="dateCreated" datetime="2015-03-14T10:00:00Z">Mar 14</time></div>'), published: '2015-03-11T00:00:00Z' },
  { id: 'en-microdata-date-in-author-item-kept', lang: 'en', doc: en('<ul><li itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Jane Doe</span> <time itemprop="datePublished" content="2017-01-18T23:00:00-0800">January 18, 2017</time></li></ul>'), published: '2017-01-19T07:00:00Z' },
  { id: 'en-hatom-abbr-published-title', lang: 'en', doc: en('<p class="entry-posted">on <abbr class="published" title="2015-03-10T08:05:41-07:00">March 10, 2015</abbr> by Jane Doe</p>'), published: '2015-03-10T15:05:41Z' },
  { id: 'en-hatom-abbr-updated-title', lang: 'en', doc: en('<p>Posted <abbr class="published" title="2015-03-10T08:05:41-07:00">March 10, 2015</abbr>, updated <abbr class="updated" title="2015-03-11T09:00:00-07:00">March 11</abbr></p>'), published: '2015-03-10T15:05:41Z', modified: '2015-03-11T16:00:00Z' },
  // ---- Round 3: more languages ------------------------------------------------
  { id: 'pl-genitive-month', lang: 'pl', doc: lg('pl')('<p>Opublikowano: 27 grudnia 2020, 06:12</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'id-wib', lang: 'id', doc: lg('id')('<p>Minggu, 27 Desember 2020 13:12 WIB</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'sv-kl', lang: 'sv', doc: lg('sv')('<p>Publicerad 27 december 2020 kl. 07:12 CET</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'cs-genitive', lang: 'cs', doc: lg('cs')('<p>27. prosince 2020 7:12 SEČ</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'da-long-month', lang: 'da', doc: lg('da')('<p>Søndag 27. december 2020 kl. 06:12</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'fi-long-month', lang: 'fi', doc: lg('fi')('<p>27. joulukuuta 2020 klo 06:12</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'ur-month', lang: 'ur', doc: lg('ur')('<p>27 دسمبر 2020</p>'), published: '2020-12-27T00:00:00Z' },
  // ---- Chinese / Japanese / Russian / Dutch ------------------------------
  { id: 'zh-nian-yue-ri', lang: 'zh', doc: lg('zh')('<p>2020年12月27日 06:12</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'ja-nen-gatsu-nichi', lang: 'ja', doc: lg('ja')('<p>2020年12月27日 6:12</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'ru-genitive', lang: 'ru', doc: lg('ru')('<p>27 декабря 2020, 06:12</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'ru-msk', lang: 'ru', doc: lg('ru')('<p>27 декабря 2020, 09:12 МСК</p>'), published: '2020-12-27T06:12:00Z' },
  { id: 'nl-om', lang: 'nl', doc: lg('nl')('<p>27 december 2020 om 06:12</p>'), published: '2020-12-27T06:12:00Z' },
];

describe('dateline cases', () => {
  it('has at least 80 cases across at least 8 languages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(new Set(cases.map((c) => c.lang.slice(0, 2))).size).toBeGreaterThanOrEqual(8);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });
  for (const c of cases) {
    it(`${c.id}`, () => {
      const doc = c.doc();
      const before = doc.documentElement.outerHTML;
      const d = extractDateline(doc, { url: c.url ?? 'https://example.com/news/story.html', root: c.root ? doc.querySelector(c.root) : null, now: new Date(c.now ?? '2024-06-01T00:00:00Z') });
      if (c.published !== undefined) expect(d.published, 'published').toBe(c.published);
      if (c.modified !== undefined) expect(d.modified, 'modified').toBe(c.modified);
      if (c.place !== undefined) expect(d.place, 'place').toBe(c.place);
      if (c.source !== undefined) expect(d.source, 'source').toBe(c.source);
      if (c.maxConf !== undefined) expect(d.evidence.published?.confidence ?? 0).toBeLessThanOrEqual(c.maxConf);
      if (c.evidence) expect(d.evidence.published?.text ?? '').toMatch(c.evidence);
      if (d.published) expect(d.evidence.published?.text.length).toBeGreaterThan(0);
      else expect(d.evidence.published).toBeNull();
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  }
});

export const caseCount = cases.length;
