import type { Entity, EntityType } from '../types';
import { withFallback, type Translate } from '../i18n';

export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE'];

/**
 * Ranks all entities by salience (then count, then name), keeps the top
 * `limit` (default 10) overall, and groups those by type, rank order kept
 * within each group.
 * Input: entities in any order. Output: one array per type (maybe empty).
 */
export function groupEntities(entities: readonly Entity[], limit = 10): Record<EntityType, Entity[]> {
  const out: Record<EntityType, Entity[]> = { PERSON: [], ORG: [], PLACE: [] };
  const ranked = entities
    .filter((e) => out[e.type])
    .sort((a, b) => b.salience - a.salience || b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, limit);
  for (const e of ranked) out[e.type].push(e);
  return out;
}

/** Message key of each group's heading. */
const HEADING: Record<EntityType, string> = { PERSON: 'entitiesPeople', ORG: 'entitiesOrgs', PLACE: 'entitiesPlaces' };

/**
 * Builds the key-entities view: `[data-testid=entities]` with one
 * `[data-testid=entity-group-TYPE]` per non-empty type (PERSON, ORG, PLACE
 * order), each a list of `[data-testid=entity]` items whose text is
 * "name ×count" (the name in a `<bdi>` so mixed scripts stay in order).
 * With no entities it holds one muted line. DOM APIs only.
 * With `onSelect` (the reader), name and count sit in a `<button
 * aria-pressed>` inside the item (same item text), and clicking it calls
 * `onSelect(entity, button)`.
 */
export function buildEntities(doc: Document, entities: readonly Entity[], o: { t: Translate; limit?: number; articleLang?: string; onSelect?: (e: Entity, button: HTMLButtonElement) => void }): HTMLElement {
  const t = withFallback(o.t);
  const box = doc.createElement('section');
  box.className = 'sahifa-entities';
  box.setAttribute('data-testid', 'entities');
  const groups = groupEntities(entities, o.limit ?? 10);
  let any = false;
  for (const type of ENTITY_TYPES) {
    const list = groups[type];
    if (!list.length) continue;
    any = true;
    const g = doc.createElement('div');
    g.className = `sahifa-entity-group type-${type.toLowerCase()}`;
    g.setAttribute('data-testid', `entity-group-${type}`);
    const h = doc.createElement('h3');
    h.textContent = t(HEADING[type]);
    g.appendChild(h);
    const ul = doc.createElement('ul');
    for (const e of list) {
      const li = doc.createElement('li');
      li.setAttribute('data-testid', 'entity');
      li.title = e.variants.join(' · ');
      if (o.articleLang) li.lang = o.articleLang;
      const name = doc.createElement('bdi');
      name.textContent = e.name;
      const count = doc.createElement('span');
      count.className = 'count';
      count.textContent = ` ×${e.count}`;
      if (o.onSelect) {
        const btn = doc.createElement('button');
        btn.type = 'button';
        btn.className = 'entity-btn';
        btn.setAttribute('aria-pressed', 'false');
        btn.dataset.entity = e.name;
        btn.append(name, count);
        const pick = o.onSelect;
        btn.addEventListener('click', () => pick(e, btn));
        li.appendChild(btn);
      } else {
        li.append(name, count);
      }
      ul.appendChild(li);
    }
    g.appendChild(ul);
    box.appendChild(g);
  }
  if (!any) {
    box.classList.add('is-empty');
    box.textContent = t('entitiesNone');
  }
  return box;
}
