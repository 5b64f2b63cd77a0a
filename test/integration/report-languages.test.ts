/**
 * Reports in French and Spanish (issue 15): `report --lang fr|es` writes the PDF and the
 * workbook in that language, figures the language's way, while the data and the workbook's
 * Data sheets keep their canonical English. The expected words are written here by hand, not
 * read from the catalogue under test, and the figures come from `indicators --json`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { validateArgument } from '../../src-main/shared/api-contract.js';
import type { Indicators } from '../../src-main/shared/indicators.js';
import { REPO, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/programme.js';
import { readWorkbook, sheet } from '../helpers/report-workbook.js';

const SAMPLE = `${REPO}sample-data/iuc-programme.xlsx`;
const POPPLER = spawnSync('pdftotext', ['-v']).error === undefined;
const noPoppler = POPPLER ? '' : ' (skipped: poppler-utils, which gives pdftotext, is not installed)';
const dir = tempDir('twinlens-report-languages-');

/** The PDF's text on one line, the no-break spaces French and Spanish put before % and in 1 234 made plain. */
const pdfText = (path: string) =>
  spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    .stdout.replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ');

/** 0.4523 -> "45,2 %": a share as French and Spanish write it, worked out here by hand. */
const commaPercent = (share: number) => {
  const tenths = Math.round(share * 1000) / 10;
  return `${(Number.isInteger(tenths) ? tenths.toFixed(0) : tenths.toFixed(1)).replace('.', ',')} %`;
};

const LANGUAGES = {
  fr: {
    sections: [
      'Synthèse',
      '1. Jumelages par région',
      '2. Flux entre régions',
      '4. Thèmes',
      '6. Parties prenantes (quadruple hélice)',
      '7. Signataires de la Convention mondiale des maires',
      '8. Plans d’action et projets pilotes',
      '10. Résultats',
      '11. Effets',
      '12. Réseau',
      'Annexe A. Qualité des données',
      'Annexe D. Tableau de suivi des indicateurs de résultat',
    ],
    words: ['Sommaire', 'Rapport d’évaluation', 'Méthode de calcul', 'Part en quadruple hélice', 'Langue de ce rapport', 'Français'],
    sheets: ['Synthèse', 'Régions', 'Thèmes', 'Parties prenantes', 'Convention des maires', 'Mise en œuvre', 'Réseau', 'Résultats', 'Effets', 'Méthodologie', 'Qualité des données'],
    keyFigure: 'Part en quadruple hélice',
    /** The key figure, then its sentence, which opens with the figure. */
    figureThenSentence: (share: string) => `${share} ${share} des jumelages`,
    shareRow: 'Jumelages couvrant les quatre hélices (part en quadruple hélice)',
    pairingsDefinition: 'Jumelages du périmètre.',
    region: 'Amérique latine et Caraïbes',
    sdgSheet: 'Cibles des ODD',
    sdgHeading: 'Cibles des ODD',
    /** The SDG table's first and last column headers. */
    sdgColumns: ['Cible', 'Jumelages'],
    /** SDG target 13.2 in the UN's French (the spec's sdg-targets.csv), and its opening words as the PDF's table cell starts. */
    sdg132: 'Incorporer des mesures relatives aux changements climatiques dans les politiques, les stratégies et la planification nationales',
    sdg132Start: 'Incorporer des mesures',
  },
  es: {
    sections: [
      'Resumen ejecutivo',
      '1. Hermanamientos por región',
      '2. Flujo entre regiones',
      '4. Temas',
      '6. Actores (cuádruple hélice)',
      '7. Firmantes del Pacto Global de Alcaldes',
      '8. Planes de acción y proyectos piloto',
      '10. Resultados',
      '11. Alcances',
      '12. Red',
      'Anexo A. Calidad de los datos',
      'Anexo D. Tabla de seguimiento de indicadores de resultado',
    ],
    words: ['Índice', 'Informe de evaluación', 'Cómo se mide', 'Proporción en cuádruple hélice', 'Idioma de este informe', 'Español'],
    sheets: ['Resumen', 'Regiones', 'Temas', 'Actores', 'Pacto de Alcaldes', 'Ejecución', 'Red', 'Resultados', 'Alcances', 'Metodología', 'Calidad de los datos'],
    keyFigure: 'Proporción en cuádruple hélice',
    figureThenSentence: (share: string) => `${share} El ${share} de los hermanamientos`,
    shareRow: 'Hermanamientos que cubren las cuatro hélices (proporción en cuádruple hélice)',
    pairingsDefinition: 'Hermanamientos del ámbito.',
    region: 'América Latina y el Caribe',
    sdgSheet: 'Metas de los ODS',
    sdgHeading: 'Metas de los ODS',
    sdgColumns: ['Meta', 'Hermanamientos'],
    /** SDG target 13.2 in the UN's Spanish (our docs/sdg-targets.es.csv). */
    sdg132: 'Incorporar medidas relativas al cambio climático en las políticas, estrategias y planes nacionales',
    sdg132Start: 'Incorporar medidas',
  },
} as const;

/** English words a translated report must not hold (section titles, notes, table headers). */
const ENGLISH = ['Executive summary', 'How this is measured', 'Pairings by region', 'Contents', 'Annex A', 'Share of pairings', 'Evaluation report'];

let ind: Indicators;
beforeAll(() => {
  const json = runCli(['indicators', SAMPLE, '--json']);
  expect(json.code).toBe(0);
  ind = JSON.parse(json.stdout) as Indicators;
}, 120_000);

describe.each(Object.entries(LANGUAGES))('report --lang %s', (language, want) => {
  const xlsx = join(dir, `${language}.xlsx`);
  const pdf = join(dir, `${language}.pdf`);
  let run: ReturnType<typeof runCli>;
  beforeAll(() => {
    run = runCli(['report', SAMPLE, '--lang', language, '--xlsx', xlsx, '--pdf', pdf]);
  }, 180_000);

  test('exits 0 and writes both files', () => {
    expect(run.stderr).toContain('wrote');
    expect(run.code).toBe(0);
    expect(existsSync(xlsx) && existsSync(pdf)).toBe(true);
  });

  test.skipIf(!POPPLER)(`the PDF's section titles and words are in the language, a headline figure written its way${noPoppler}`, () => {
    const text = pdfText(pdf);
    for (const title of want.sections) expect(text, title).toContain(title);
    for (const word of want.words) expect(text, word).toContain(word);
    for (const word of ENGLISH) expect(text, word).not.toContain(word);
    // The quadruple-helix share, e.g. "45,2 %", from the JSON the CLI prints in every language.
    const share = commaPercent(ind.stakeholderMix.quadrupleHelixShare);
    expect(share).toMatch(/^\d+(,\d)? %$/);
    // The figure in the executive summary's key figures and in section 6's table.
    expect(text).toContain(want.figureThenSentence(share));
    expect(text).toContain(`${want.shareRow} ${share}`);
    expect(text).not.toContain(`${(Math.round(ind.stakeholderMix.quadrupleHelixShare * 1000) / 10).toFixed(1)}%`);
  });

  test.skipIf(!POPPLER)(`the SDG targets' titles are the language's, in the PDF and the workbook${noPoppler}`, async () => {
    expect(ind.results.sdgTargets.map((t) => t.target)).toContain('13.2');
    const text = pdfText(pdf);
    expect(text).toContain(want.sdg132Start);
    expect(text).not.toContain('Integrate climate change measures');
    // The section's heading shares its page with the chart (whose first bar is target 17.17), never ending a page alone.
    // pdftotext ends each page with a form feed.
    const pages = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.split('\f');
    const headed = pages.filter((page) => page.split('\n').some((line) => line.trim() === want.sdgHeading));
    expect(headed).toHaveLength(1);
    expect(headed[0]).toContain('17.17 ');
    // The table's header row holds its last column's name whole: a narrow column broke "Hermana-mientos".
    const header = headed[0]!.split('\n').find((line) => line.trim().startsWith(`${want.sdgColumns[0]} `));
    expect(header).toMatch(new RegExp(`\\s${want.sdgColumns[1]}\\s*$`));
    const wb = await readWorkbook(xlsx);
    const cells: unknown[] = [];
    sheet(wb, want.sdgSheet).eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    expect(cells).toContain(want.sdg132);
    expect(cells).not.toContain('Integrate climate change measures into national policies, strategies and planning');
  });

  test('the workbook: sheet names translated, figures equal `indicators --json`, Data sheets canonical', async () => {
    const wb = await readWorkbook(xlsx);
    const names = wb.worksheets.map((s) => s.name);
    for (const name of want.sheets) expect(names, name).toContain(name);
    for (const english of ['Summary', 'Regions', 'Methodology', 'Data quality']) expect(names).not.toContain(english);
    // The Data sheets read back like the template: their names and headers stay canonical.
    expect(names).toContain('Data pairings');
    expect(sheet(wb, 'Data pairings').getRow(1).getCell(1).value).toBe('pairing_id');

    const summary = sheet(wb, want.sheets[0]);
    let found: unknown;
    summary.eachRow((row) => {
      if (row.getCell(1).value === want.keyFigure) found = row.getCell(2).value;
    });
    expect(found).toBe(ind.stakeholderMix.quadrupleHelixShare);

    const methodology = sheet(wb, want.sheets[9]);
    const definitions = new Map<string, unknown>();
    methodology.eachRow((row) => definitions.set(String(row.getCell(3).value), row.getCell(4).value));
    expect(definitions.get('summary.pairings')).toBe(want.pairingsDefinition);

    // A region is shown by its label on the Regions sheet; the Data sheets keep the canonical value.
    const regionNames: unknown[] = [];
    sheet(wb, want.sheets[1]).getColumn(1).eachCell((cell) => regionNames.push(cell.value));
    expect(regionNames).toContain(want.region);
    expect(regionNames).not.toContain('Latin America & Caribbean');
    const dataRegions: unknown[] = [];
    const entities = sheet(wb, 'Data entities');
    const regionColumn = (entities.getRow(1).values as unknown[]).indexOf('region');
    entities.getColumn(regionColumn).eachCell((cell) => dataRegions.push(cell.value));
    expect(dataRegions).toContain('Latin America & Caribbean');
  });
});

test.skipIf(!POPPLER)(`report --by region --lang fr: the comparison section in French, its figures the French way${noPoppler}`, () => {
  const pdf = join(dir, 'compare-fr.pdf');
  const run = runCli(['report', SAMPLE, '--by', 'region', '--lang', 'fr', '--pdf', pdf]);
  expect(run.code).toBe(0);
  const text = pdfText(pdf);
  expect(text).toContain('Comparaison par région');
  expect(text).toContain('Écart');
  expect(text).toContain('Chaque colonne présente les indicateurs des jumelages du périmètre ayant cette valeur de « région »');
  // The compare view's English row labels and spreads are not in it.
  expect(text).not.toContain('Comparison by region');
  expect(text).not.toContain('Quadruple-helix share');
  expect(text).toMatch(/Part en quadruple hélice( \d+(,\d)? %)+ \d+(,\d)? pp/);
}, 180_000);

test('an unknown --lang exits 2 naming the languages, and writes nothing', () => {
  const never = join(dir, 'never.pdf');
  const run = runCli(['report', SAMPLE, '--lang', 'de', '--pdf', never]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('--lang "de"');
  for (const language of ['en', 'fr', 'es']) expect(run.stderr).toContain(language);
  expect(existsSync(never)).toBe(false);
});

test("the app's export takes a language and refuses one Twinlens does not speak", () => {
  expect(validateArgument('export/pdf', { filters: {}, language: 'fr' }).ok).toBe(true);
  expect(validateArgument('export/xlsx', { filters: {}, language: 'es' }).ok).toBe(true);
  expect(validateArgument('export/xlsx', { filters: {} }).ok).toBe(true);
  const bad = validateArgument('export/pdf', { filters: {}, language: 'de' });
  expect(bad.ok).toBe(false);
  expect(bad.ok ? '' : bad.error.message).toContain('"language" must be one of en, fr, es');
});
