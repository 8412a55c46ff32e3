// The Time section: all time, an as-of date, or a date window, by date field or slider.
// The page only says which dates; the API decides what held then (navigator.ts passes
// the filter to every query).
import { byId } from './dom';
import type { Navigator } from './navigator';
import type { AppState, GraphData, Store, TimeState } from './store';

const DAY = 86_400_000;
const toDay = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const fromDay = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

type DateKey = 'asOf' | 'from' | 'to';
const CONTROLS: readonly [string, string, DateKey][] = [
  ['asof-date', 'asof-slider', 'asOf'],
  ['window-from', 'window-from-slider', 'from'],
  ['window-to', 'window-to-slider', 'to'],
];

const MIN_SPAN_DAYS = 3652;

/** The sliders span the dates of what is loaded (and the dates chosen), at least ten years; ten years to today when nothing is dated. */
function sliderBounds(data: GraphData, time: TimeState): [number, number] {
  const dates: string[] = [];
  const add = (p: Record<string, unknown>) => {
    for (const k of ['timeStart', 'timeEnd']) if (typeof p[k] === 'string') dates.push(p[k]);
  };
  for (const e of data.entities.values()) add(e.properties);
  for (const r of data.relationships.values()) add(r.properties);
  for (const d of [time.asOf, time.from, time.to]) if (d) dates.push(d);
  if (dates.length === 0) {
    const today = Math.floor(Date.now() / DAY);
    return [today - MIN_SPAN_DAYS, today];
  }
  dates.sort();
  const [lo, hi] = [toDay(dates[0]!), toDay(dates[dates.length - 1]!)];
  // Too short a span (only undated things loaded, say) makes a useless slider: widen it to ten years.
  const pad = Math.max(0, Math.ceil((MIN_SPAN_DAYS - (hi - lo)) / 2));
  return [lo - pad, hi + pad];
}

export function createTime(store: Store, nav: Navigator) {
  const radios = [...document.querySelectorAll<HTMLInputElement>('input[name="time-mode"]')];

  const setTime = (patch: Partial<TimeState>, how: 'push' | 'none') =>
    nav.update({ time: { ...store.get().view.time, ...patch } }, how);

  for (const r of radios) {
    r.addEventListener('change', () => {
      const { view, data } = store.get();
      const mode = r.value as TimeState['mode'];
      // An as-of view needs a date: start at the latest date loaded.
      const asOf = view.time.asOf ?? fromDay(sliderBounds(data, view.time)[1]);
      void setTime(mode === 'asof' ? { mode, asOf } : { mode }, 'push');
    });
  }
  for (const [dateId, sliderId, key] of CONTROLS) {
    const field = byId<HTMLInputElement>(dateId);
    const slider = byId<HTMLInputElement>(sliderId);
    // A typed date applies on change (Enter, or leaving the field). The slider applies live,
    // without history entries, and records one entry when released.
    field.addEventListener('change', () => void setTime({ [key]: field.value || null }, 'push'));
    let pending: ReturnType<typeof setTimeout> | undefined;
    slider.addEventListener('input', () => {
      const value = fromDay(Number(slider.value));
      field.value = value;
      slider.setAttribute('aria-valuetext', value);
      clearTimeout(pending);
      pending = setTimeout(() => void setTime({ [key]: value }, 'none'), 150);
    });
    slider.addEventListener('change', () => {
      clearTimeout(pending);
      void setTime({ [key]: fromDay(Number(slider.value)) }, 'push');
    });
  }

  store.subscribe(({ view, data }: AppState) => {
    const t = view.time;
    for (const r of radios) r.checked = r.value === t.mode;
    byId('asof-controls').hidden = t.mode !== 'asof';
    byId('window-controls').hidden = t.mode !== 'window';
    byId('undated-legend').hidden = t.mode === 'all';
    const [lo, hi] = sliderBounds(data, t);
    for (const [dateId, sliderId, key] of CONTROLS) {
      const field = byId<HTMLInputElement>(dateId);
      const slider = byId<HTMLInputElement>(sliderId);
      const value = t[key];
      slider.min = String(lo);
      slider.max = String(hi);
      if (document.activeElement === slider) continue;
      if (document.activeElement !== field) field.value = value ?? '';
      slider.value = String(value ? toDay(value) : key === 'to' ? hi : lo);
      slider.setAttribute('aria-valuetext', value ?? 'not set');
    }
  });
}
