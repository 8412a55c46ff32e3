// An accessible combobox over the API's `search` query: type, then arrow keys and
// Enter (or a click) pick a suggestion. Used by the main search box, the issue
// filter and the path finder's two ends.
import { gql, Q } from './api.js';
import { kindOf } from './style.js';

/**
 * @param {HTMLInputElement} input
 * @param {HTMLUListElement} list
 * @param {{ types?: string[], onPick: (hit: {id:string,name:string,entityType:string}) => void,
 *           onError: (err: Error) => void, onClear?: () => void }} opts
 */
export function attachSuggest(input, list, opts) {
  let hits = [];
  let active = -1;
  let seq = 0;
  let timer = null;
  const listId = list.id;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const render = () => {
    list.replaceChildren();
    if (hits.length === 0) {
      const li = document.createElement('li');
      li.className = 'none';
      li.textContent = 'No matches';
      list.append(li);
    }
    hits.forEach((h, i) => {
      const li = document.createElement('li');
      li.id = `${listId}-opt-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(i === active));
      li.dataset.id = h.id;
      const dot = document.createElement('span');
      dot.className = 'dot';
      dot.style.background = kindOf(h.entityType).color;
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = h.name;
      const kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = kindOf(h.entityType).label === 'Other' ? h.entityType : kindOf(h.entityType).label;
      li.append(dot, name, kind);
      // mousedown, not click: it fires before the input's blur closes the list.
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        pick(i);
      });
      list.append(li);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-opt-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const lookup = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (q.length < 2) {
      hits = [];
      close();
      return hits;
    }
    try {
      const data = await gql(Q.search, { q, types: opts.types || null });
      if (mine !== seq) return hits; // a newer keystroke won
      hits = data.search.map((s) => s.entity);
      active = hits.length > 0 ? 0 : -1;
      if (document.activeElement === input) render();
    } catch (err) {
      if (mine === seq) {
        close();
        opts.onError(err);
      }
    }
    return hits;
  };

  const pick = (i) => {
    const h = hits[i];
    if (!h) return;
    input.value = h.name;
    input.dataset.entityId = h.id;
    close();
    opts.onPick(h);
  };

  input.addEventListener('input', () => {
    delete input.dataset.entityId;
    clearTimeout(timer);
    if (input.value.trim() === '' && opts.onClear) opts.onClear();
    timer = setTimeout(lookup, 180);
  });
  input.addEventListener('keydown', async (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (list.hidden) {
        await lookup();
        return;
      }
      e.preventDefault();
      const n = hits.length;
      if (n === 0) return;
      active = e.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n;
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      clearTimeout(timer);
      // Enter before the suggestions arrived: look up now, then take the best match.
      if (list.hidden || hits.length === 0) await lookup();
      pick(active >= 0 ? active : 0);
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 120));

  return {
    /** Show an entity as picked without a lookup (restoring a view from the URL). */
    set(id, name) {
      input.value = name || id || '';
      if (id) input.dataset.entityId = id;
      else delete input.dataset.entityId;
    },
    id: () => input.dataset.entityId || null,
  };
}
