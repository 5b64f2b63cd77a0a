import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Project } from '../../src-main/core/store/project.js';
import { indicatorsOf, tempDir, writeCsv, writeWorkbook } from '../helpers/programme.js';

const FLAT_HEADER = ['EU city', 'EU country', 'Partner city', 'Partner country', 'Themes', 'Programme', 'Start'];
const FLAT_ROWS = [
  ['Rotterdam', 'Netherlands', 'Surat', 'India', 'Blue and green infrastructure; climate change adaptation and mitigation', 'IUC', '2018-03-01'],
  ['Belfast', 'United Kingdom', 'Cali & Medellín', 'Colombia', 'Social inclusion and urban regeneration', 'IUC', '01/06/2018'],
  ['Velletri + Rome', 'Italy', 'Barranquilla / Soledad', 'CO', 'Circular economy | Smart cities and innovation', 'IUC', 'March 2018'],
  ['Umeå', 'SE', 'Medellin', 'Colombia', '', 'IURC', ''],
];

async function importOutcome(files: string[]) {
  const project = await Project.open();
  try {
    return await project.importFiles(files);
  } finally {
    project.close();
  }
}

describe('flat pairing list', () => {
  test('multi-city cells, theme separators, entity identity by name and country', async () => {
    const dir = tempDir();
    const file = writeCsv(join(dir, 'pairings.csv'), [FLAT_HEADER, ...FLAT_ROWS]);
    const ind = await indicatorsOf([file]);
    // Entities: Rotterdam, Surat, Belfast, Cali, Medellín (= "Medellin", same country),
    // Velletri, Rome, Barranquilla, Soledad, Umeå -> 10. Pairings 4.
    expect(ind.summary).toMatchObject({ pairings: 4, entities: 10, countries: 6, themes: 5 });
    // Medellín is in two pairings (rows 2 and 4).
    expect(ind.countryMatrix).toContainEqual({ a: 'CO', b: 'CO', pairings: 2 });
    expect(ind.themes).toContainEqual({ theme: 'Climate change adaptation and mitigation', pairings: 1 });
    expect(ind.themes).toContainEqual({ theme: 'Smart cities and innovation', pairings: 1 });
    // Three start dates in three notations, all in March-June 2018; one blank.
    expect((await indicatorsOf([file], { from: '2018-03-01', to: '2018-06-01' })).summary.pairings).toBe(3);
  });

  test('header variants', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(join(dir, 'list.xlsx'), {
      'IUC list': [
        ['European City', 'eu_country', 'CITY (PARTNER)', 'partner-country', 'Theme', 'Program', 'start date', 'Pairing ID'],
        ['Rotterdam', 'NL', 'Surat', 'IN', 'Circular economy', 'IUC', new Date(Date.UTC(2018, 2, 1)), 'X1'],
        ['Bologna', 'IT', 'Austin', 'US', 'Innovation', 'IURC', '2021-02-01', 'X2'],
      ],
    });
    const ind = await indicatorsOf([file], { programme: ['iurc'] });
    expect(ind.summary).toMatchObject({ pairings: 1, entities: 2 });
    expect(ind.pairingsByRegion.map((r) => r.region)).toEqual(['Europe', 'North America']);
  });

  test.each([
    ['EU city', 'EU country', 'Partner city', 'Partner country', 'Theme', 'Programme', 'Component', 'Start', 'End'],
    ['European city', 'EU Country', 'Non-EU city', 'partner country', 'Themes', 'Program', 'component', 'Start date', 'End date'],
    ['City (EU)', 'eu_country', 'City (partner)', 'PARTNER-COUNTRY', 'THEMES', 'program', 'Component', 'start_date', 'end_date'],
  ])('every header the data model names is recognised: %s / %s / ...', async (...header) => {
    const file = writeCsv(join(tempDir(), 'list.csv'), [header, ['Rotterdam', 'NL', 'Surat', 'IN', 'Circular economy', 'IUC', 'region-to-region', '2018-03-01', '2019-03-31']]);
    const project = await Project.open();
    try {
      const outcome = await project.importFiles([file]);
      expect(outcome.report.errors).toEqual([]);
      expect(outcome.report.warnings).toEqual([]);
      const [p] = await project.withConnection(async (c) =>
        (await c.runAndReadAll('SELECT programme, component, start_date::VARCHAR AS s, end_date::VARCHAR AS e, (SELECT theme FROM themes) AS theme FROM pairings')).getRowObjectsJS(),
      );
      expect(p).toEqual({ programme: 'IUC', component: 'region-to-region', s: '2018-03-01', e: '2019-03-31', theme: 'Circular economy' });
    } finally {
      project.close();
    }
  });

  test('a country count that does not fit the cities is an error at its cell', async () => {
    const dir = tempDir();
    const file = writeCsv(join(dir, 'list.csv'), [FLAT_HEADER, ['Rotterdam', 'NL & BE & DE', 'Surat', 'India', '', '', '']]);
    const { report } = await importOutcome([file]);
    expect(report.errors.map((e) => [e.code, e.sheet, e.row, e.column])).toEqual([['invalid-value', null, 2, 'EU country']]);
  });

  test('unrecognised headers can be mapped by the user', async () => {
    const dir = tempDir();
    const file = writeCsv(join(dir, 'liste.csv'), [['Ville UE', 'Pays UE', 'Ville partenaire', 'Pays partenaire'], ['Lyon', 'France', 'Montréal', 'Canada']]);
    expect((await importOutcome([file])).report.errors.map((e) => e.code)).toEqual(['unrecognised-file']);
    const project = await Project.open();
    try {
      const mapped = await project.importFiles([file], {
        mapping: { 'Ville UE': 'EU city', 'Pays UE': 'EU country', 'Ville partenaire': 'Partner city', 'Pays partenaire': 'Partner country' },
      });
      expect(mapped.ok).toBe(true);
      expect(mapped.rows).toMatchObject({ pairings: 1, entities: 2, members: 2 });
    } finally {
      project.close();
    }
  });
});

describe('CSV encodings and separators', () => {
  const text = 'EU city;EU country;Partner city;Partner country\nUmeå;Sweden;Mérida;México\nSão João da Madeira;Portugal;Querétaro;Mexico\n';
  const expectNames = async (file: string) => {
    const project = await Project.open();
    try {
      const outcome = await project.importFiles([file]);
      expect(outcome.report.errors).toEqual([]);
      const names = await project.withConnection(async (c) =>
        (await c.runAndReadAll('SELECT name FROM entities ORDER BY name')).getRowObjectsJS().map((r) => r.name),
      );
      expect(names).toEqual(['Mérida', 'Querétaro', 'São João da Madeira', 'Umeå']);
    } finally {
      project.close();
    }
  };
  const utf16be = (s: string) => {
    const le = Buffer.from(s, 'utf16le');
    for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
    return le;
  };
  test.each([
    ['UTF-8', Buffer.from(text, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])],
    ['Windows-1252', Buffer.from(text, 'latin1')],
  ])('%s', async (_name, bytes) => {
    const file = join(tempDir(), 'list.csv');
    writeFileSync(file, bytes);
    await expectNames(file);
  });
  test.each([[','], ['\t'], [';']])('separator %j is sniffed', async (sep) => {
    const file = join(tempDir(), 'list.csv');
    writeFileSync(file, text.replaceAll(';', sep));
    await expectNames(file);
  });
});

describe('canonical workbook variants', () => {
  test('sheet and column names match case-, accent-, space- and underscore-insensitively', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(join(dir, 'variants.xlsx'), {
      ' ENTITIES ': [['Entity ID', 'NAME', 'Country', 'GCoM-Signatory', 'GCoM Joined'], ['a', 'Rotterdam', 'The Netherlands', 'Y', 'March 2019'], ['b', 'Surat', 'india', 'n', null]],
      pairings: [['PAIRING-ID', 'Start_Date', 'End Date', 'Status'], ['p', '01/03/2018', '2019-09-30', 'ACTIVE']],
      Mémbers: [['pairing id', 'ENTITY_ID'], ['p', 'a'], ['p', 'b']],
    });
    const ind = await indicatorsOf([file]);
    expect(ind.summary).toMatchObject({ pairings: 1, entities: 2, countries: 2 });
    expect(ind.gcom).toMatchObject({ signatories: 1, joinedDuringPairing: 1 });
    expect(ind.delivery.medianDurationMonths).toBe(18);
  });

  test('one CSV per sheet forms one dataset', async () => {
    const dir = tempDir();
    const files = [
      writeCsv(join(dir, 'entities.csv'), [['entity_id', 'name', 'country'], ['a', 'Rotterdam', 'NL'], ['b', 'Surat', 'IN']]),
      writeCsv(join(dir, 'iuc_pairings.csv'), [['pairing_id', 'title'], ['p', 'Rotterdam - Surat']]),
      writeCsv(join(dir, 'export (3).csv'), [['pairing_id', 'entity_id', 'side'], ['p', 'a', 'EU'], ['p', 'b', 'partner']]), // named after nothing: found by its headers
      writeCsv(join(dir, 'stakeholders.csv'), [['pairing_id', 'organisation', 'helix'], ['p', 'TU Delft', 'Research']]),
    ];
    const ind = await indicatorsOf(files);
    expect(ind.summary).toMatchObject({ pairings: 1, entities: 2, organisations: 1, participants: 1 });
    expect(ind.stakeholderMix.byHelix[0]).toEqual({ helix: 'academia', organisations: 1, participants: 1, share: 1 });
  });
});

describe('found in review', () => {
  test('a generated pairing id never takes one a later row gives', async () => {
    const file = writeCsv(join(tempDir(), 'list.csv'), [
      ['EU city', 'EU country', 'Partner city', 'Partner country', 'Pairing ID'],
      ['Rotterdam', 'NL', 'Surat', 'IN', ''],
      ['Bologna', 'IT', 'Austin', 'US', 'P0001'],
    ]);
    const ind = await indicatorsOf([file]);
    expect(ind.summary).toMatchObject({ pairings: 2, entities: 4 });
  });

  test('a generated id steps aside for one a person gave earlier', async () => {
    const file = writeCsv(join(tempDir(), 'list.csv'), [
      ['EU city', 'EU country', 'Partner city', 'Partner country', 'Pairing ID'],
      ['Rotterdam', 'NL', 'Surat', 'IN', 'row-3'],
      ['Bologna', 'IT', 'Austin', 'US', ''], // row 3: its own id would be row-3
    ]);
    const project = await Project.open();
    try {
      expect((await project.importFiles([file])).report.errors).toEqual([]);
      const ids = await project.withConnection(async (c) =>
        (await c.runAndReadAll('SELECT pairing_id FROM pairings ORDER BY pairing_id')).getRowObjectsJS().map((r) => r.pairing_id),
      );
      expect(ids).toEqual(['row-3', 'row-3-2']);
    } finally {
      project.close();
    }
  });

  test('a user id equal to a generated one (row-N) is a located duplicate', async () => {
    const dir = tempDir();
    const file = writeCsv(join(dir, 'list.csv'), [
      ['EU city', 'EU country', 'Partner city', 'Partner country', 'Pairing ID'],
      ['Rotterdam', 'NL', 'Surat', 'IN', ''],
      ['Bologna', 'IT', 'Austin', 'US', 'P0002'],
      ['Lyon', 'FR', 'Montréal', 'CA', ''],
      ['Turku', 'FI', 'Obuse', 'JP', 'row-2'],
    ]);
    const { report } = await importOutcome([file]);
    expect(report.errors.map((e) => [e.code, e.row, e.column])).toEqual([['duplicate-id', 5, 'pairing_id']]);
    expect(report.errors[0]!.message).toMatch(/row 2 \(Twinlens gave that id to a row without a Pairing ID\)/);
  });

  test('a country whose name holds "&" is one country', async () => {
    const file = writeCsv(join(tempDir(), 'list.csv'), [
      ['EU city', 'EU country', 'Partner city', 'Partner country'],
      ['Rotterdam', 'NL', 'Port of Spain', 'Trinidad & Tobago'],
      ['Cali & Lima', 'Colombia & Peru', 'Madrid', 'Spain'],
    ]);
    const ind = await indicatorsOf([file]);
    expect(ind.countryMatrix).toContainEqual({ a: 'NL', b: 'TT', pairings: 1 });
    expect(ind.countryMatrix).toContainEqual({ a: 'CO', b: 'PE', pairings: 1 });
  });

  test('a missing flat-list column is reported once, not on every row', async () => {
    const file = writeCsv(join(tempDir(), 'list.csv'), [
      ['EU city', 'Partner city', 'Partner country'],
      ['Rotterdam', 'Surat', 'IN'],
      ['Bologna', 'Austin', 'US'],
    ]);
    const { report } = await importOutcome([file]);
    expect(report.errors.map((e) => [e.code, e.row, e.column])).toEqual([['missing-column', null, 'EU country']]);
  });

  test('counts cannot be negative', async () => {
    const file = await writeWorkbook(join(tempDir(), 'neg.xlsx'), {
      Entities: [['entity_id', 'name', 'country', 'population'], ['a', 'Rotterdam', 'NL', -5], ['b', 'Surat', 'IN', null]],
      Pairings: [['pairing_id', 'pilot_projects'], ['p', -3]],
      Members: [['pairing_id', 'entity_id'], ['p', 'a'], ['p', 'b']],
      Stakeholders: [['pairing_id', 'organisation', 'helix', 'participants'], ['p', 'TU Delft', 'academia', '-2']],
    });
    const { report } = await importOutcome([file]);
    expect(report.errors.map((e) => [e.code, e.sheet, e.row, e.column])).toEqual([
      ['invalid-number', 'Entities', 2, 'population'],
      ['invalid-number', 'Pairings', 2, 'pilot_projects'],
      ['invalid-number', 'Stakeholders', 2, 'participants'],
    ]);
  });

  test('stakeholders with 0 participants: evenness over the others, no crash', async () => {
    const file = await writeWorkbook(join(tempDir(), 'zero.xlsx'), {
      Entities: [['entity_id', 'name', 'country'], ['a', 'Rotterdam', 'NL'], ['b', 'Surat', 'IN']],
      Pairings: [['pairing_id'], ['p']],
      Members: [['pairing_id', 'entity_id'], ['p', 'a'], ['p', 'b']],
      Stakeholders: [['pairing_id', 'organisation', 'helix', 'participants'], ['p', 'A', 'academia', 0], ['p', 'G', 'government', 5], ['p', 'B', 'business', 5]],
    });
    const ind = await indicatorsOf([file]);
    // p = 0.5, 0.5 over two helices (academia has 0): ln 2 / ln 4 = 0.5; coverage counts 3 of 4.
    expect(ind.stakeholderMix).toMatchObject({ meanEvenness: 0.5, meanHelixCoverage: 0.75 });
  });

  test('a region the file names keeps one spelling whatever its case', async () => {
    const file = await writeWorkbook(join(tempDir(), 'regions.xlsx'), {
      Entities: [['entity_id', 'name', 'country', 'region'], ['a', 'Oslo', 'NO', 'Nordics'], ['b', 'Turku', 'FI', 'nordics '], ['c', 'Mérida', 'MX', 'north america']],
      Pairings: [['pairing_id'], ['p'], ['q']],
      Members: [['pairing_id', 'entity_id'], ['p', 'a'], ['p', 'c'], ['q', 'b'], ['q', 'c']],
    });
    const ind = await indicatorsOf([file]);
    expect(ind.pairingsByRegion).toEqual([
      { region: 'Nordics', pairings: 2, entities: 2 },
      { region: 'North America', pairings: 2, entities: 1 },
    ]);
  });
});
