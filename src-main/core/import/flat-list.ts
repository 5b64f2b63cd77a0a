import { issueText } from '../../shared/issues.js';
import { cellText } from './cell.js';
import { parseCell } from './cell-parse.js';
import { countryToAlpha2 } from './countries.js';
import { headerKey } from './header-key.js';
import type { ImportState } from './import-state.js';
import { completeRecord, normaliseComponent } from './record-defaults.js';
import { type SheetInput, forEachDataRow } from './sheet-input.js';

/** "Cali & Medellin", "Velletri + Rome", "Cali / Medellin": several entities in one cell. */
const CITY_SEPARATOR = /\s*[&+/]\s*/;
const THEME_SEPARATOR = /\s*[;|]\s*/;

const splitCell = (text: string | null, separator: RegExp) =>
  text === null ? [] : text.split(separator).map((s) => s.trim()).filter((s) => s !== '');

/** The identity of a city in a flat list: same name (ignoring case and accents) in the same country. */
const entityKey = (country: string, name: string) => `${country}\u0000${headerKey(name)}`;

/**
 * Turns a flat pairing list (one row per pairing, cities named rather than referenced) into
 * entities, pairings, members and themes, exactly as a canonical workbook would hold them.
 */
export async function readFlatListRows(input: SheetInput, state: ImportState): Promise<void> {
  const { issues, staging, catalogues } = state;
  const { place, src } = input;
  const byName = new Map(input.columns.map((c) => [c.spec.name, c]));
  await forEachDataRow(input, (row) => {
    const origin = { src, row: row.number };
    const text = (name: string) => {
      const column = byName.get(name);
      return column ? cellText(row.cells[column.index] ?? null) : null;
    };
    const parsed = (name: string): unknown => {
      const column = byName.get(name);
      if (!column) return null;
      const result = parseCell(column.spec.type, row.cells[column.index] ?? null, catalogues);
      if (result.ok) return result.value;
      issues.error(result.code, place, row.number, name, result.text);
      return undefined;
    };

    const sides = (['EU', 'Partner'] as const).map((side) => {
      const cityColumn = `${side} city`;
      const countryColumn = `${side} country`;
      const cities = splitCell(text(cityColumn), CITY_SEPARATOR);
      const countryText = text(countryColumn);
      // The missing column itself is reported once; its empty cells would only repeat it.
      if (cities.length === 0 && byName.has(cityColumn)) {
        issues.error('missing-value', place, row.number, cityColumn, issueText('issue.row.cityEmpty', { column: cityColumn, side }));
      }
      if (countryText === null) {
        if (byName.has(countryColumn)) {
          issues.error('missing-value', place, row.number, countryColumn, cities.length > 0
            ? issueText('issue.row.countryEmpty', { column: countryColumn, cities: cities.join(' & ') })
            : issueText('issue.row.countryEmptyNoCity', { column: countryColumn }));
        }
        return { side, cities, countries: [] as string[] };
      }
      // "Trinidad & Tobago" is one country; "Colombia & Peru" two, one per city.
      const whole = countryToAlpha2(countryText);
      if (whole) return { side, cities, countries: [whole] };
      const countryCells = splitCell(countryText, CITY_SEPARATOR);
      if (countryCells.length > 1 && countryCells.length !== cities.length) {
        issues.error('invalid-value', place, row.number, countryColumn, issueText('issue.row.countryCount', { countries: countryCells.length, cities: cities.length }));
        return { side, cities, countries: [] as string[] };
      }
      const countries: string[] = [];
      for (const name of countryCells) {
        const result = parseCell('country', name, catalogues);
        if (result.ok) countries.push(result.value as string);
        else issues.error(result.code, place, row.number, countryColumn, result.text);
      }
      return { side, cities, countries: countries.length === countryCells.length ? countries : [] };
    });

    let pairingId = text('Pairing ID');
    if (pairingId === null) pairingId = state.generatedPairingId(src, place, row.number);
    else state.claimId('pairing_id', pairingId, place, row.number);

    const period = { start_date: parsed('Start') as string | null | undefined, end_date: parsed('End') as string | null | undefined };
    state.checkPeriod(period, place, row.number, 'End');
    staging.append('pairings', {
      pairing_id: pairingId,
      title: sides.map((s) => s.cities.join(' & ')).join(' - '),
      programme: text('Programme'),
      component: normaliseComponent(text('Component')),
      start_date: period.start_date ?? null,
      end_date: period.end_date ?? null,
    }, origin);

    for (const { side, cities, countries } of sides) {
      if (countries.length === 0) continue;
      cities.forEach((name, i) => {
        const country = countries.length === 1 ? countries[0]! : countries[i]!;
        const key = entityKey(country, name);
        let entityId = state.flatEntities.get(key);
        if (entityId === undefined) {
          entityId = `${country}-${headerKey(name) || 'entity'}`;
          state.flatEntities.set(key, entityId);
          const entity = { entity_id: entityId, name, country };
          completeRecord('entities', entity, catalogues);
          staging.append('entities', entity, origin);
        }
        staging.append('members', { pairing_id: pairingId, entity_id: entityId, side: side === 'EU' ? 'EU' : 'partner' }, origin);
      });
    }

    const seenThemes = new Set<string>();
    for (const written of splitCell(text('Themes'), THEME_SEPARATOR)) {
      const hit = catalogues.themes.match(written);
      if (seenThemes.has(hit.value)) continue;
      seenThemes.add(hit.value);
      if (!hit.known) state.warnUnknown('theme', hit.value, place, row.number, 'Themes');
      staging.append('themes', { pairing_id: pairingId, theme: hit.value, primary: false }, origin);
    }
  });
}
