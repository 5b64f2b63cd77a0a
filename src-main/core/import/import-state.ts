import type { Catalogues } from './cell-parse.js';
import type { IssueLog, RowPlace } from './issue-log.js';
import type { Staging } from './staging.js';
import { newActivityTypeCatalogue, newThemeCatalogue } from './values.js';

interface FirstSeen {
  place: RowPlace;
  row: number;
}

/** What one import has seen so far, across all its files and sheets. */
export class ImportState {
  readonly catalogues: Catalogues = { themes: newThemeCatalogue(), activityTypes: newActivityTypeCatalogue() };
  private readonly ids = new Map<string, FirstSeen>();
  /** Flat lists: entity key (country + folded name) -> entity id. */
  readonly flatEntities = new Map<string, string>();
  private generatedPairings = 0;
  private readonly warnedValues = new Set<string>();

  constructor(
    readonly staging: Staging,
    readonly issues: IssueLog,
  ) {}

  /**
   * Records an id; on a repeat, reports it where it repeats and returns false. Every
   * occurrence after the first is reported, each naming where the first one is.
   */
  claimId(kind: 'entity_id' | 'pairing_id', id: string, place: RowPlace, row: number): boolean {
    const key = `${kind}\u0000${id}`;
    const first = this.ids.get(key);
    if (!first) {
      this.ids.set(key, { place, row });
      return true;
    }
    const where =
      first.place.file === place.file && first.place.sheet === place.sheet
        ? `row ${first.row}`
        : `${first.place.file}${first.place.sheet ? `, sheet ${first.place.sheet}` : ''}, row ${first.row}`;
    const noun = kind === 'entity_id' ? 'entity' : 'pairing';
    this.issues.error('duplicate-id', place, row, kind, `${kind} "${id}" is already used on ${where}: give each ${noun} its own id.`);
    return false;
  }

  nextPairingId(): string {
    this.generatedPairings++;
    return `P${String(this.generatedPairings).padStart(4, '0')}`;
  }

  /** Warns once per import and value, not on every row that repeats it. */
  warnOnce(key: string): boolean {
    if (this.warnedValues.has(key)) return false;
    this.warnedValues.add(key);
    return true;
  }
}
