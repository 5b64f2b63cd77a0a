import { issueText } from '../../shared/issues.js';
import type { Catalogues } from './cell-parse.js';
import type { IdColumn } from './sheet-specs.js';
import { type IssueLog, type RowPlace, rowReference } from './issue-log.js';
import type { Staging } from './staging.js';
import { newActivityTypeCatalogue, newRegionCatalogue, newThemeCatalogue } from './values.js';

/**
 * Where an id was first seen, as one number: which place (an index into `places`), its row
 * and whether Twinlens made the id up (for a flat-list row without a Pairing ID). An object
 * per id kept a million objects alive at L, which every full garbage collection walked.
 */
type FirstSeen = number;
// Rows below 2^32 and places below 2^20 keep the number exact (below 2^53).
const ROWS = 2 ** 32;
const firstSeen = (place: number, row: number, generated: boolean): FirstSeen => ((place * ROWS + row) * 2) + (generated ? 1 : 0);

/** What one import has seen so far, across all its files and sheets. */
export class ImportState {
  readonly catalogues: Catalogues = { themes: newThemeCatalogue(), activityTypes: newActivityTypeCatalogue(), regions: newRegionCatalogue() };
  /** Per kind of id, each id's first sighting, keyed by the id as read (no key to build per row). */
  private readonly ids = new Map<IdColumn, Map<string, FirstSeen>>();
  private readonly places: RowPlace[] = [];
  /** Flat lists: entity key (country + folded name) -> entity id. */
  readonly flatEntities = new Map<string, string>();
  private readonly warnedValues = new Set<string>();

  constructor(
    readonly staging: Staging,
    readonly issues: IssueLog,
  ) {}

  /**
   * Records an id; on a repeat, reports it where it repeats and returns false. Every
   * occurrence after the first is reported, each naming where the first one is.
   */
  claimId(kind: IdColumn, id: string, place: RowPlace, row: number, generated = false): boolean {
    let ids = this.ids.get(kind);
    if (!ids) this.ids.set(kind, (ids = new Map()));
    const first = ids.get(id);
    if (first === undefined) {
      ids.set(id, firstSeen(this.placeIndex(place), row, generated));
      return true;
    }
    if (generated) return false; // the caller picks another id; only a person's id is an error
    const firstRow = Math.floor(first / 2) % ROWS;
    const where = rowReference(place, this.places[Math.floor(first / 2 / ROWS)]!, firstRow);
    this.issues.error('duplicate-id', place, row, kind, issueText(first % 2 === 1 ? 'issue.row.duplicateGeneratedId' : 'issue.row.duplicateId', { kind, id, where }));
    return false;
  }

  /** Whether an id has been claimed already (by an earlier file or sheet of this import). */
  isClaimed(kind: IdColumn, id: string): boolean {
    return this.ids.get(kind)?.has(id) ?? false;
  }

  /** The index of a place in `places`; a sheet's rows share one place, so the last is checked first. */
  private placeIndex(place: RowPlace): number {
    const last = this.places.length - 1;
    if (last >= 0 && this.places[last] === place) return last;
    const at = this.places.lastIndexOf(place);
    return at >= 0 ? at : this.places.push(place) - 1;
  }

  /**
   * An id for a flat-list row without one: its row (and file, after the first), a form no
   * programme uses for its own ids. Claimed like any other, so a clash is still reported.
   */
  generatedPairingId(src: number, place: RowPlace, row: number): string {
    const base = src === 0 ? `row-${row}` : `file${src + 1}-row-${row}`;
    let id = base;
    for (let n = 2; !this.claimId('pairing_id', id, place, row, true); n++) id = `${base}-${n}`;
    return id;
  }

  /**
   * A pairing cannot end before it starts: its duration, and the GCoM window, would be
   * negative. Reported on the end date.
   */
  checkPeriod(record: { start_date?: unknown; end_date?: unknown }, place: RowPlace, row: number, endColumn: string): void {
    const { start_date: start, end_date: end } = record;
    if (typeof start === 'string' && typeof end === 'string' && end < start) {
      this.issues.error('invalid-date', place, row, endColumn, issueText('issue.row.endBeforeStart', { end, start }));
    }
  }

  /**
   * A theme or activity type outside the catalogue: kept as written, warned about once per
   * import and value (the first row it is on), not on every row that repeats it.
   */
  warnUnknown(what: 'theme' | 'activity type', value: string, place: RowPlace, row: number, column: string): void {
    const key = `${what}\u0000${value}`;
    if (this.warnedValues.has(key)) return;
    this.warnedValues.add(key);
    this.issues.warning(`unknown-${what.replace(' ', '-')}`, place, row, column, issueText('issue.value.unknownCatalogue', { value, what: what === 'theme' ? 'theme' : 'activityType' }));
  }
}
