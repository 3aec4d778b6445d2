import { describe, expect, it } from 'vitest';
import { imageCredit } from './image-credit';
import { ctxFor, proposed, prose } from '../../../test/unit/clutter/helpers';

describe('image-credit rule', () => {
  it('finds credit and enlarge lines in several languages', () => {
    const ctx = ctxFor(`
      <div id="a"><p>${prose(3)}</p></div>
      <figure><img src="x.jpg"><figcaption id="fc"><span id="c1">Photograph by Jane Doe</span></figcaption></figure>
      <p id="c2">Bild via Instagram</p>
      <p id="c3">Crédits photos : Agence Exemple</p>
      <div id="c4">Foto: dpa</div>
      <p id="c5">Zum Vergrößern auf das Bild klicken</p>`);
    expect(proposed(imageCredit, ctx)).toEqual(['figcaption#fc', 'p#c2', 'p#c3', 'div#c4', 'p#c5']);
  });
  it('leaves sentences that start with the word, bare labels and long captions alone', () => {
    const ctx = ctxFor(`
      <p id="s">Photos of the flood were shown to the council on Monday evening.</p>
      <p id="b">Foto</p>
      <p id="i">Image quality matters for the new camera line.</p>
      <figcaption id="l">Photograph by Jane Doe of the old harbour at dawn, taken from the lighthouse during the storm</figcaption>`);
    expect(proposed(imageCredit, ctx)).toEqual([]);
  });
});
