// The one store of the page: what the user asked to see (ViewState, mirrored in the URL)
// and the answers the API gave for it (GraphData). Both change together, only once the
// answers are in (see navigator.ts), so every part of the page renders a consistent view.
import type { Entity, Path, Relationship, TimeFilter } from './types';

export const TABS = ['details', 'paths', 'timeline'] as const;
export type Tab = (typeof TABS)[number];

export interface TimeState {
  mode: 'all' | 'asof' | 'window';
  asOf: string | null;
  from: string | null;
  to: string | null;
}

/** A path query as the user set it up. */
export interface PathQuery {
  from: string;
  to: string;
  k: number;
  maxHops: number;
  include: string[];
  exclude: string[];
  minConfidence: number;
  timeRespecting: boolean;
  /** Follow the view's time filter: the paths are found again whenever it changes. */
  useTime: boolean;
  /** The one path highlighted, or null for all. */
  only: number | null;
}

export interface ViewState {
  /** Entities whose neighbourhoods are shown, in the order they were opened. None and no path: the overview. */
  open: string[];
  /** Selected element ids (entities, or one relationship). */
  sel: string[];
  tab: Tab;
  hiddenKinds: string[];
  hiddenTypes: string[];
  issue: string | null;
  minConfidence: number;
  time: TimeState;
  path: PathQuery | null;
}

/** What the API answered for a ViewState. */
export interface GraphData {
  entities: Map<string, Entity>;
  relationships: Map<string, Relationship>;
  /** Which relationships each opened entity's neighbourhood (or the overview) brought. */
  parts: { centre: string | null; relationships: string[]; entities: string[] }[];
  /** Opened entities whose neighbourhood was cut at the API's limit. */
  truncated: string[];
  paths: Path[] | null;
  /** The time filter the paths were found with (null: none). */
  pathTime: TimeFilter | null;
}

export interface AppState {
  view: ViewState;
  data: GraphData;
}

export function emptyView(): ViewState {
  return {
    open: [],
    sel: [],
    tab: 'details',
    hiddenKinds: [],
    hiddenTypes: [],
    issue: null,
    minConfidence: 0,
    time: { mode: 'all', asOf: null, from: null, to: null },
    path: null,
  };
}

export function emptyData(): GraphData {
  return { entities: new Map(), relationships: new Map(), parts: [], truncated: [], paths: null, pathTime: null };
}

/** The overview is what the page shows when nothing is opened and no path is asked for. */
export const isOverview = (v: ViewState): boolean => v.open.length === 0 && v.path === null;

/** The TimeFilter argument for the API, or null when the view is not time-filtered. */
export function timeFilter(time: TimeState): TimeFilter | null {
  if (time.mode === 'asof' && time.asOf) return { asOf: time.asOf };
  if (time.mode === 'window' && (time.from || time.to)) {
    const t: TimeFilter = {};
    if (time.from) t.from = time.from;
    if (time.to) t.to = time.to;
    return t;
  }
  return null;
}

export type Listener = (state: AppState, previous: AppState) => void;

export class Store {
  private listeners: Listener[] = [];

  constructor(private state: AppState) {}

  get(): AppState {
    return this.state;
  }

  set(next: AppState): void {
    const previous = this.state;
    this.state = next;
    for (const l of this.listeners) l(next, previous);
  }

  /** Tell every listener again: controls the user changed go back to what is shown (a failed change). */
  resync(): void {
    for (const l of this.listeners) l(this.state, this.state);
  }

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }
}
