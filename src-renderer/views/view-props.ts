import type { ProjectInfo } from '../../src-main/shared/api-contract.js';
import type { DashboardIndicators, Filters, ListFilter } from '../../src-main/shared/indicators.js';
import type { Load } from '../api/use-api.js';

export type ViewId = 'overview' | 'regions' | 'themes' | 'stakeholders' | 'gcom' | 'results' | 'outcomes' | 'network' | 'compare' | 'pairings' | 'data';

/** The views in tab order; each one's name is the catalogue's `view.<id>`. */
export const VIEWS: ReadonlyArray<{ id: ViewId }> = [
  { id: 'overview' },
  { id: 'regions' },
  { id: 'themes' },
  { id: 'stakeholders' },
  { id: 'gcom' },
  { id: 'results' },
  { id: 'outcomes' },
  { id: 'pairings' },
  { id: 'data' },
  // After the nine Alt+1..9 reaches, so those keys keep their views.
  { id: 'network' },
  { id: 'compare' },
];

export interface ViewProps {
  filters: Filters;
  /** Bumped when the project's dataset changes: every view reloads. */
  version: number;
  indicators: Load<DashboardIndicators> & { reload: () => void };
  /** The project's dataset (row counts per table), or undefined while it loads. */
  project: ProjectInfo | undefined;
  /** Adds one value to a list filter (a click on a chart). */
  addFilter: (key: ListFilter, value: string) => void;
  /** Opens the Pairings view, optionally searching for text. */
  showPairings: (search?: string) => void;
  goTo: (view: ViewId) => void;
}
