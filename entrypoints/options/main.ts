import '../shared/base.css';
import './style.css';
import { browser } from 'wxt/browser';
import type { ClutterKind } from '@/lib/types';
import { intlLocale } from '@/lib/render';
import { LIMITS, loadSettings, resetReaderPrefs, updateSettings, type Settings, type Theme, type Typography } from '@/lib/reader';
import { normalizeSitePattern, permissionOrigin, type SitePatternError } from '@/lib/shell/match-pattern';
import { initPage, t } from '../shared/ext';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const store = browser.storage.local;
let ui = 'en';

function say(text: string, kind: 'info' | 'error' | 'ok' = 'info') {
  $('status').textContent = text;
  $('status').className = `status ${kind === 'info' ? '' : kind}`;
}

/** Command name (wxt.config.ts) → its description's message key. */
const COMMAND_KEYS: Record<string, string> = { 'toggle-clean': 'cmdToggleClean', 'save-article': 'cmdSave' };

const saved = () => say(t('optSaved'), 'ok');

/** Message key for each reason lib/shell/match-pattern rejects a site. */
const PATTERN_ERRORS: Record<SitePatternError, string> = {
  empty: 'optAutoEmpty', scheme: 'optAutoBadScheme', host: 'optAutoBadHost', wildcard: 'optAutoBadWildcard', 'all-sites': 'optAutoAllSites', path: 'optAutoBadPath',
};
/** How a pattern is shown: "https://x.com/*" → "https://x.com", others as they are. */
const shown = (p: string) => p.replace(/^\*:\/\//, '').replace(/\/\*$/, '');

function renderSites(s: Settings) {
  const list = $('auto-list');
  list.replaceChildren(...s.autoClean.map((p) => {
    const li = document.createElement('li');
    const name = document.createElement('bdi');
    name.textContent = shown(p);
    name.dir = 'ltr';
    const rm = document.createElement('button');
    rm.type = 'button';
    rm.className = 'danger';
    rm.textContent = t('optAutoRemove');
    rm.setAttribute('aria-label', t('optAutoRemoveSite', [shown(p)]));
    rm.addEventListener('click', async () => {
      const cur = await loadSettings(store);
      const next = await updateSettings(store, { autoClean: cur.autoClean.filter((x) => x !== p) });
      // Give the access back too, unless another pattern on the list needs the same site
      // (the e2e build's fixed localhost access cannot be removed: ignore).
      const origin = permissionOrigin(p);
      if (origin && !next.autoClean.some((x) => permissionOrigin(x) === origin)) await browser.permissions.remove({ origins: [origin] }).catch(() => false);
      renderSites(next);
      saved();
    });
    li.append(name, rm);
    return li;
  }));
  $('auto-empty').hidden = s.autoClean.length > 0;
}

async function renderShortcuts() {
  const cmds = await browser.commands.getAll().catch(() => []);
  const body = $('keys');
  body.replaceChildren(...cmds.filter((c) => c.name && !c.name.startsWith('_')).map((c) => {
    const tr = document.createElement('tr');
    const a = document.createElement('td');
    // The manifest's description is in the browser's language; the UI may be overridden, so use our own strings where we have them.
    const key = c.name ? COMMAND_KEYS[c.name] : undefined;
    a.textContent = (key ? t(key) : '') || c.description || c.name || '';
    const k = document.createElement('td');
    const kbd = document.createElement('kbd');
    kbd.dir = 'ltr';
    kbd.textContent = c.shortcut || t('optKeysNone');
    k.appendChild(kbd);
    tr.append(a, k);
    return tr;
  }));
  const firefox = location.protocol === 'moz-extension:';
  $('keys-hint').textContent = t(firefox ? 'optKeysHintFirefox' : 'optKeysHintChrome');
  $('keys-open').addEventListener('click', async () => {
    const cmdsApi = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> };
    try {
      if (cmdsApi.openShortcutSettings) await cmdsApi.openShortcutSettings();
      else if (!firefox) await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
      else say(t('optKeysHintFirefox'));
    } catch {
      say(t(firefox ? 'optKeysHintFirefox' : 'optKeysHintChrome'));
    }
  });
}

async function main() {
  ui = await initPage();
  const s = await loadSettings(store);

  const lang = $<HTMLSelectElement>('ui-lang');
  lang.value = s.uiLang;
  lang.addEventListener('change', async () => {
    await updateSettings(store, { uiLang: lang.value as Settings['uiLang'] });
    // Every page reads the choice when it opens; this one re-opens to show it.
    location.reload();
  });

  const boxes = Array.from($('kinds').querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
  for (const b of boxes) {
    b.checked = s.clutterKinds.includes(b.value as ClutterKind);
    b.addEventListener('change', async () => {
      await updateSettings(store, { clutterKinds: boxes.filter((x) => x.checked).map((x) => x.value as ClutterKind) });
      saved();
    });
  }

  const theme = $<HTMLSelectElement>('rd-theme');
  const font = $<HTMLSelectElement>('rd-font');
  const size = $<HTMLSelectElement>('rd-size');
  const dflt = document.createElement('option');
  dflt.value = '';
  dflt.textContent = t('optDefault');
  const fmt = new Intl.NumberFormat(intlLocale(ui));
  const sizes: HTMLOptionElement[] = [dflt];
  for (let v = LIMITS.size.min; v <= LIMITS.size.max; v += 1) {
    const o = document.createElement('option');
    o.value = String(v);
    o.textContent = t('optSizePx', [fmt.format(v)]);
    sizes.push(o);
  }
  size.replaceChildren(...sizes);
  theme.value = s.readerDefaults.theme;
  font.value = s.readerDefaults.typography.font ?? '';
  size.value = s.readerDefaults.typography.size ? String(s.readerDefaults.typography.size) : '';
  const saveReader = async () => {
    const typography: Partial<Typography> = {};
    if (font.value) typography.font = font.value as Typography['font'];
    if (size.value) typography.size = Number(size.value);
    await updateSettings(store, { readerDefaults: { theme: theme.value as Theme, typography } });
    saved();
  };
  for (const el of [theme, font, size]) el.addEventListener('change', () => void saveReader());
  $('rd-reset').addEventListener('click', async () => {
    await resetReaderPrefs(store);
    say(t('optReaderResetDone'), 'ok');
  });

  renderSites(s);
  $('auto-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const input = $<HTMLInputElement>('auto-site');
    const r = normalizeSitePattern(input.value);
    if (!r.ok) {
      input.setAttribute('aria-invalid', 'true');
      return say(t(PATTERN_ERRORS[r.error], [input.value.trim()]), 'error');
    }
    input.removeAttribute('aria-invalid');
    const pattern = r.pattern;
    // Must run inside the user's gesture: permissions.request is the first await.
    const granted = await browser.permissions.request({ origins: [permissionOrigin(pattern)!] }).catch(() => false);
    if (!granted) return say(t('optAutoDenied', [shown(pattern)]), 'error');
    const cur = await loadSettings(store);
    const next = await updateSettings(store, { autoClean: [...cur.autoClean, pattern] });
    input.value = '';
    renderSites(next);
    saved();
  });

  await renderShortcuts();
}

main()
  .catch((err) => say(t('errGeneric', [String((err as Error)?.message ?? err)]), 'error'))
  .finally(() => document.documentElement.setAttribute('data-ready', '1'));
