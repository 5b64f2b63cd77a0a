import type { ProjectInfo } from '../../src-main/shared/api-contract.js';
import type { DashboardIndicators, Filters, ListFilter } from '../../src-main/shared/indicators.js';
import type { Load } from '../api/use-api.js';

export type ViewId = 'overview' | 'regions' | 'themes' | 'stakeholders' | 'gcom' | 'results' | 'outcomes' | 'network' | 'compare' | 'pairings' | 'data';

export const VIEWS: ReadonlyArray<{ id: ViewId; label: string }> = [
  { id: 'overview', label: 'Overview' },
  { id: 'regions', label: 'Regions' },
  { id: 'themes', label: 'Themes' },
  { id: 'stakeholders', label: 'Stakeholders' },
  { id: 'gcom', label: 'GCoM' },
  { id: 'results', label: 'Results' },
  { id: 'outcomes', label: 'Outcomes' },
  { id: 'pairings', label: 'Pairings' },
  { id: 'data', label: 'Data' },
  // After the nine Alt+1..9 reaches, so those keys keep their views.
  { id: 'network', label: 'Network' },
  { id: 'compare', label: 'Compare' },
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
