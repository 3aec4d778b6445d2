// @vitest-environment jsdom
import { describe, it, expect, vi } from 'vitest';
import { buildEntities, markMixedBlocks, renderArticle } from '../../../lib/render';
import type { Entity } from '../../../lib/types';

const t = (k: string) => k;

describe('mixed-direction blocks', () => {
  it('an English paragraph in an Arabic article gets dir=auto; Arabic ones with Latin words do not', () => {
    const root = document.createElement('div');
    renderArticle(root, {
      html: '<p>قال وزير الدفاع إن Airbus A380 وصلت</p><p>The minister said the talks would continue next week.</p><blockquote><p>نص عربي</p></blockquote>',
      lang: 'ar', dir: 'rtl',
    }, window, undefined, { mixedBlocks: true });
    const ps = root.querySelectorAll('p');
    expect(ps[0].hasAttribute('dir')).toBe(false);
    expect(ps[0].querySelector('bdi')?.textContent).toBe('Airbus A380');
    expect(ps[1].getAttribute('dir')).toBe('auto');
    expect(ps[1].querySelector('bdi')).toBeNull();
    expect(ps[2].hasAttribute('dir')).toBe(false);
  });
  it('an Arabic quote in an English article gets dir=auto; without the option nothing is marked', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>Plain English text here.</p><li>«حكومة الوفاق الوطني» في طرابلس</li>';
    expect(markMixedBlocks(root, 'ltr')).toBe(1);
    expect(root.querySelector('li')!.getAttribute('dir')).toBe('auto');
    const plain = document.createElement('div');
    renderArticle(plain, { html: '<p>The minister said the talks would continue.</p>', lang: 'ar', dir: 'rtl' }, window);
    expect(plain.querySelector('p')!.hasAttribute('dir')).toBe(false);
  });
});

describe('entity list with onSelect (reader)', () => {
  const ents: Entity[] = [{ name: 'خلوصي أكار', type: 'PERSON', count: 3, variants: ['خلوصي أكار', 'أكار'], salience: 2 }];
  it('keeps the popup hooks and item text, adds a pressed-state button that reports the entity', () => {
    const onSelect = vi.fn();
    const box = buildEntities(document, ents, { t, onSelect });
    const li = box.querySelector('[data-testid="entity"]')!;
    expect(li.textContent).toBe('خلوصي أكار ×3');
    const btn = li.querySelector('button')!;
    expect(btn.getAttribute('aria-pressed')).toBe('false');
    btn.click();
    expect(onSelect).toHaveBeenCalledWith(ents[0], btn);
    expect(buildEntities(document, ents, { t }).querySelector('button')).toBeNull();
  });
});
