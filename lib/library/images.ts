/**
 * Offline images for saved articles (pure: the fetcher is passed in).
 *
 * When the user turns on "store images with saved articles" (the library
 * page asks for the optional host permission {@link IMAGE_ORIGINS} from that
 * click), every save path (popup, shortcut, context menu) runs the same
 * {@link inlineImages} on the sanitised HTML, so all three store the same record.
 */

/** browser.storage.local key of the option (boolean). */
export const OFFLINE_IMAGES_KEY = 'offlineImages';

/** The optional host permission the option asks for: images come from any site or CDN, unknown before a save. */
export const IMAGE_ORIGINS = ['http://*/*', 'https://*/*'] as const;

/** Image types stored (the ones lib/sanitize lets through as data: URLs). */
const TYPES = /^image\/(png|jpeg|gif|webp|avif)$/;

/** One fetched image: its MIME type and bytes, or null when it could not be fetched. */
export type ImageFetcher = (url: string) => Promise<{ type: string; bytes: Uint8Array } | null>;

export interface InlineLimits {
  /** Largest single image stored, bytes (default 3 MB). */
  maxImageBytes?: number;
  /** Largest total per article, bytes (default 20 MB); later images stay links. */
  maxTotalBytes?: number;
}

/** Base64 of bytes (chunked, so large images do not overflow the call stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

const IMG_SRC = /(<img\b[^>]*?\ssrc=")(https?:\/\/[^"]+)(")/gi;
const unescapeAttr = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/**
 * Replaces the http(s) `src` of every `<img>` in sanitised HTML with a data:
 * URL of the image. Works on DOMPurify's serialisation (attributes always
 * double-quoted, `&` escaped), so it runs where there is no DOM (the MV3
 * service worker). Images that fail, have another type or exceed the limits
 * stay web links. Input: the HTML, a fetcher, limits. Output: the new HTML,
 * stored image bytes, and how many images were stored / left as links.
 */
export async function inlineImages(html: string, fetchImage: ImageFetcher, limits: InlineLimits = {}): Promise<{ html: string; bytes: number; stored: number; linked: number }> {
  const maxOne = limits.maxImageBytes ?? 3_000_000;
  const maxAll = limits.maxTotalBytes ?? 20_000_000;
  const urls = [...new Set([...html.matchAll(IMG_SRC)].map((m) => unescapeAttr(m[2])))];
  const data = new Map<string, string>();
  let total = 0;
  let linked = 0;
  for (const url of urls) {
    let got: Awaited<ReturnType<ImageFetcher>> = null;
    try { got = await fetchImage(url); } catch { got = null; }
    const type = got?.type.split(';')[0].trim().toLowerCase() ?? '';
    if (!got || !TYPES.test(type) || got.bytes.length > maxOne || total + got.bytes.length > maxAll) { linked++; continue; }
    total += got.bytes.length;
    data.set(url, `data:${type};base64,${bytesToBase64(got.bytes)}`);
  }
  const out = html.replace(IMG_SRC, (m, pre: string, src: string, post: string) => {
    const d = data.get(unescapeAttr(src));
    return d ? `${pre}${d}${post}` : m;
  });
  return { html: out, bytes: total, stored: data.size, linked };
}
