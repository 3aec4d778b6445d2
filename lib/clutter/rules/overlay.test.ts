import { describe, expect, it } from 'vitest';
import { overlay } from './overlay';
import { ctxFor, proposed, prose } from '../../../test/unit/clutter/helpers';

describe('overlay rule', () => {
  it('finds cookie banners, newsletter boxes and fixed modal dialogs', () => {
    const ctx = ctxFor(`
      <div id="cookie-banner"><p>We use cookies to improve your experience.</p><button>OK</button></div>
      <div class="newsletter-signup" id="n"><p>Abonnez-vous</p><input type="email"><button>OK</button></div>
      <div role="dialog" aria-modal="true" style="position:fixed;top:0" id="m"><p>Wir verwenden Cookies</p></div>
      <div style="position: fixed; bottom: 0" id="fx"><p>Sign up for our newsletter</p></div>`, { lang: 'en' });
    expect(proposed(overlay, ctx)).toEqual(['div#cookie-banner', 'div#n.newsletter-signup', 'div#m', 'div#fx']);
  });
  it('ignores fixed navigation without cues and huge containers with modal classes', () => {
    const ctx = ctxFor(`
      <nav style="position:fixed" id="nav"><a href="/">Home</a></nav>
      <div class="modal-open" id="page"><p>${prose(40)}</p><button>x</button></div>`);
    expect(proposed(overlay, ctx)).toEqual([]);
  });
});
