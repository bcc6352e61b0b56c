import type { ColorBy, MapLayout, MapView } from '../state/view-options.js';
import { DEBATE_FORMATS, type DebateFormatId } from '../model/flow/debate-formats.js';

/** What a deep link restores: the selection, the filters and how the map is shown. */
export interface ExplorerSettings {
  claim: string;
  /** A thread id, `ALL_THREADS`, or empty for the map's first thread. */
  thread: string;
  search: string;
  focus: boolean;
  depth: number;
  colorBy: ColorBy;
  layout: MapLayout;
  view: MapView;
  /** The tool beside the map: a case for one side (`case`), the sources' stances (`sources`), an article (`articles`), the map's text (`edit`), a practice drill against the other side (`practice`), or none. */
  tool: ExplorerTool;
  /** The side the case is built for, and the side a practice drill argues. */
  side: 'for' | 'against';
  /** The source whose text the articles tool shows. */
  source: string;
  /** The map file the editor opens on (its path in the map's folder). */
  file: string;
  /**
   * The token of an `argmap collab` link: the page joins the shared map with it. In the fragment,
   * so that it reaches no server log and no other site's Referer.
   */
  collab: string;
  /** The debate format of the case's flow sheet. */
  flow: DebateFormatId;
}

export type ExplorerTool = '' | 'case' | 'sources' | 'articles' | 'edit' | 'practice';

export const ALL_THREADS = 'all';

export const DEFAULT_SETTINGS: ExplorerSettings = {
  claim: '',
  thread: '',
  search: '',
  focus: false,
  depth: 1,
  colorBy: 'thread',
  // Sideways: a thesis with a dozen replies fits a laptop screen readably only as a column.
  layout: 'tree-right',
  view: 'graph',
  tool: '',
  side: 'for',
  source: '',
  file: '',
  collab: '',
  flow: 'pf',
};

const KEYS: Record<keyof ExplorerSettings, string> = {
  claim: 'claim', thread: 'thread', search: 'q', focus: 'focus', depth: 'depth', colorBy: 'color', layout: 'layout', view: 'view', tool: 'tool', side: 'side', source: 'source', file: 'file', collab: 'collab', flow: 'flow',
};

/** `#claim=x&thread=y&q=chips` → settings; unknown or malformed values fall back to the defaults. */
export function parseHash(hash: string, defaults: ExplorerSettings = DEFAULT_SETTINGS): ExplorerSettings {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const get = (key: keyof ExplorerSettings) => params.get(KEYS[key]);
  const oneOf = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
    allowed.includes(value as T) ? (value as T) : fallback;
  const depth = Number(get('depth'));
  return {
    claim: get('claim') ?? defaults.claim,
    thread: get('thread') ?? defaults.thread,
    search: get('search') ?? defaults.search,
    focus: get('focus') === null ? defaults.focus : get('focus') === '1',
    depth: Number.isInteger(depth) && depth >= 1 && depth <= 5 ? depth : defaults.depth,
    colorBy: oneOf(get('colorBy'), ['thread', 'side', 'source', 'status', 'strength'], defaults.colorBy),
    layout: oneOf(get('layout'), ['tree-down', 'tree-right'], defaults.layout),
    view: oneOf(get('view'), ['graph', 'outline'], defaults.view),
    tool: oneOf(get('tool'), ['', 'case', 'sources', 'articles', 'edit', 'practice'], defaults.tool),
    source: get('source') ?? defaults.source,
    side: oneOf(get('side'), ['for', 'against'], defaults.side),
    file: get('file') ?? defaults.file,
    collab: get('collab') ?? defaults.collab,
    flow: oneOf(get('flow'), DEBATE_FORMATS.map((f) => f.id), defaults.flow),
  };
}

/** Settings → hash, leaving out what equals the defaults so links stay short. */
export function formatHash(settings: ExplorerSettings, defaults: ExplorerSettings = DEFAULT_SETTINGS): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(KEYS) as (keyof ExplorerSettings)[]) {
    const value = settings[key];
    if (value === defaults[key]) continue;
    params.set(KEYS[key], typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}
