import { JSDOM } from 'jsdom';

export const LONG_AR = 'وقال المتحدث باسم الوزارة في مؤتمر صحافي إن المحادثات تناولت سبل تعزيز التعاون الثنائي في مجالات الاقتصاد والطاقة والنقل، مؤكدا أن الجانبين اتفقا على مواصلة التنسيق خلال الفترة المقبلة.';
export const LONG_EN = 'The minister told reporters that the talks covered ways to strengthen bilateral cooperation in the economy, energy and transport, and that both sides had agreed to keep coordinating closely over the coming months.';

/** A parsed page (jsdom) for dateline tests. */
export function page(html: string, opts: { lang?: string; head?: string; dir?: string } = {}): Document {
  const lang = opts.lang ?? 'en';
  const dir = opts.dir ?? (/^(ar|fa|he|ur)/.test(lang) ? 'rtl' : 'ltr');
  return new JSDOM(`<!DOCTYPE html><html lang="${lang}" dir="${dir}"><head><title>t</title>${opts.head ?? ''}</head><body>${html}</body></html>`).window.document;
}

/** An article: headline, the given header markup, then `lead` and two long paragraphs. */
export function article(header: string, lead = '', opts: { lang?: string; head?: string; after?: string; before?: string } = {}): Document {
  const long = /^(ar|fa)/.test(opts.lang ?? 'en') ? LONG_AR : LONG_EN;
  const title = /^(ar|fa)/.test(opts.lang ?? 'en') ? 'عنوان الخبر الرئيسي في الصفحة' : 'Headline of the main story on this page';
  return page(
    `${opts.before ?? ''}<main><article><h1>${title}</h1>${header}<div class="body">${lead ? `<p>${lead}</p>` : ''}<p>${long}</p><p>${long}</p></div>${opts.after ?? ''}</article></main>`,
    opts,
  );
}
