import { describe, expect, it } from 'vitest';
import { setIsolatedText } from '../../../lib/render';

describe('setIsolatedText (bylines, site names in RTL header lines and cards)', () => {
  it('an English byline in an Arabic line is one isolated value, brackets inside it', () => {
    document.body.replaceChildren();
    document.documentElement.dir = 'rtl';
    const line = document.createElement('p');
    const site = document.createElement('span');
    line.append('صحيفة · ', site);
    document.body.append(line);
    setIsolatedText(site, 'Jane Doe (Reuters)');
    expect(site.getAttribute('dir')).toBe('auto');
    expect(site.textContent).toBe('Jane Doe (Reuters)');
    // The brackets are not left as neutral text of the RTL line.
    expect(line.childNodes[0].textContent).toBe('صحيفة · ');
    setIsolatedText(site, '');
    expect(site.hasAttribute('dir')).toBe(false);
    expect(site.textContent).toBe('');
  });
});
