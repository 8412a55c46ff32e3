// An accessible combobox over the API's `search`: type, then arrow keys and Enter (or a
// click) pick a suggestion. Enter only ever picks a suggestion the user can see: pressed
// before the list is shown, it shows the list. The list never runs off the screen: it
// takes the room below the box, or opens upwards when there is more room above.
import { el, fill } from './dom';
import * as api from './queries';
import { kindOf } from './style';
import type { SearchHit } from './types';

export interface SuggestOptions {
  types?: string[];
  onPick(hit: SearchHit): void;
  onError(err: unknown): void;
  onClear?(): void;
}

export interface Suggest {
  /** Show an entity as picked without a lookup (a view rebuilt from the URL). */
  set(id: string | null, name: string): void;
  /** The picked entity's id, or null while the text is not a picked suggestion. */
  id(): string | null;
}

/** Room to leave between the list and the window's edge. */
const MARGIN_PX = 8;
const MIN_LIST_PX = 120;
const LIST_MIN_WIDTH_PX = 440;

export function attachSuggest(input: HTMLInputElement, list: HTMLUListElement, opts: SuggestOptions): Suggest {
  let hits: SearchHit[] = [];
  let active = -1;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let picked: string | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  /**
   * Place the list under the box (or above it, if there is more room there), at least
   * LIST_MIN_WIDTH_PX wide so long names stay legible, and within the window. It is
   * positioned against the window, so a scrolling side panel does not clip it.
   */
  const place = () => {
    const box = input.getBoundingClientRect();
    const below = window.innerHeight - box.bottom - MARGIN_PX;
    const above = box.top - MARGIN_PX;
    const up = below < MIN_LIST_PX && above > below;
    const width = Math.min(Math.max(box.width, LIST_MIN_WIDTH_PX), window.innerWidth - 2 * MARGIN_PX);
    list.style.width = `${width}px`;
    list.style.left = `${Math.max(MARGIN_PX, Math.min(box.left, window.innerWidth - width - MARGIN_PX))}px`;
    list.style.top = up ? '' : `${box.bottom + 2}px`;
    list.style.bottom = up ? `${window.innerHeight - box.top + 2}px` : '';
    list.style.maxHeight = `${Math.max(up ? above : below, 60)}px`;
  };

  const optionId = (i: number) => `${list.id}-opt-${i}`;

  const render = () => {
    fill(
      list,
      hits.length === 0 ? el('li', { class: 'none' }, 'No matches') : null,
      hits.map((h, i) =>
        el(
          'li',
          {
            id: optionId(i),
            role: 'option',
            'aria-selected': String(i === active),
            dataset: { id: h.id },
            // mousedown, not click: it fires before the input's blur closes the list.
            onmousedown: (e: Event) => {
              e.preventDefault();
              pick(i);
            },
          },
          el('span', { class: 'dot', style: `background:${kindOf(h.entityType).color}` }),
          el('span', { class: 'name' }, h.name),
          el(
            'span',
            { class: 'kind' },
            kindOf(h.entityType).type === 'Other' ? h.entityType : kindOf(h.entityType).label,
          ),
        ),
      ),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', optionId(active));
      document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
    place();
  };

  const lookup = async () => {
    const text = input.value.trim();
    const mine = ++seq;
    if (text.length < 2) {
      hits = [];
      close();
      return;
    }
    try {
      const found = await api.search(text, opts.types ?? null);
      if (mine !== seq) return; // a newer keystroke won
      hits = found;
      active = hits.length > 0 ? 0 : -1;
      if (document.activeElement === input) render();
    } catch (err) {
      if (mine === seq) {
        close();
        opts.onError(err);
      }
    }
  };

  function pick(i: number) {
    const h = hits[i];
    if (!h) return;
    input.value = h.name;
    picked = h.id;
    input.dataset.entityId = h.id;
    close();
    opts.onPick(h);
  }

  input.addEventListener('input', () => {
    picked = null;
    delete input.dataset.entityId;
    clearTimeout(timer);
    if (input.value.trim() === '') opts.onClear?.();
    timer = setTimeout(() => void lookup(), 180);
  });
  input.addEventListener('keydown', async (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (list.hidden) {
        clearTimeout(timer);
        await lookup();
        return;
      }
      const n = hits.length;
      if (n === 0) return;
      active = e.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n;
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (list.hidden) {
        // Nothing shown yet: show the suggestions, let the user choose.
        clearTimeout(timer);
        await lookup();
      } else {
        pick(active);
      }
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 120));
  const follow = () => {
    if (!list.hidden) place();
  };
  window.addEventListener('resize', follow);
  // The side panels scroll under a fixed list: keep it with its box.
  window.addEventListener('scroll', follow, true);

  return {
    set(id, name) {
      input.value = name;
      picked = id;
      if (id) input.dataset.entityId = id;
      else delete input.dataset.entityId;
    },
    id: () => picked,
  };
}
