/**
 * The command line's words (src-main/cli), in ICU MessageFormat like the other catalogues.
 * English only, by design (issue 15: the CLI's default and only language is English, its JSON
 * the same in every language); kept here so that every sentence a person reads has one
 * source. Numbers reach these messages as text, printed as the CLI always printed them
 * (1234, not 1,234), and `<command>` in the usage is text, not a tag (cli/words.ts).
 */
export const cliEn = {
  'cli.usage': `Usage: twinlens <command> [options]

  validate FILE...                     check files without importing
  import FILE... --project P.duckdb    import files into a project (replaces its dataset)
  indicators SOURCE [filters] [--json] print the indicators of a project or of data files
  compare SOURCE --by X [filters] [--json]
                                       the indicators once per programme, component,
                                       region, theme, status or start-year, side by side
  report SOURCE [filters] --xlsx OUT.xlsx --pdf OUT.pdf [--title T] [--by X] [--lang L]
                                       write the Excel workbook and/or the PDF report
  export SOURCE [filters] --iati OUT.xml --reporting-org REF --reporting-org-type CODE
         --reporting-org-name NAME
                                       write the programme as IATI activity XML 2.03 (a
                                       .duckdb project remembers the reporting org)
  export SOURCE [filters] --parquet DIR
                                       write the dataset as Parquet, one file per table,
                                       with manifest.json (DuckDB, Spark, pandas read it)

SOURCE: a .duckdb project, data files (imported into memory), or one or more
folders written by export --parquet (read as one dataset, without an import).

Filters (repeatable; values OR-ed within a filter, filters AND-ed):
  --programme X  --component X  --theme X  --region X  --status X
  --from YYYY-MM-DD  --to YYYY-MM-DD   (pairing start date)
  --as-of YYYY-MM-DD                   results and outcomes as they stood that day
                                       (leaves out later result values and outcomes)

Report: --xlsx OUT.xlsx  --pdf OUT.pdf  --title T  --lang en|fr|es (the reports' language,
        default en; the JSON output of every command is the same in every language)
IATI: --iati OUT.xml  --reporting-org REF (prefix from IATI's OrganisationRegistrationAgency,
      e.g. XI-IATI-...)  --reporting-org-type CODE (OrganisationType, e.g. 15)
      --reporting-org-name NAME; data errors exit 1 with nothing written
Options: --json  --mapping MAP.json (header -> data-model column)  --debug
Exit codes: 0 ok, 1 invalid data, 2 unreadable file or bad usage.`,
  'cli.badUsage': 'twinlens: {message}\n\n{usage}',
  'cli.failed': 'twinlens: {message}',
  'cli.warning': 'twinlens: warning: {warning}',
  'cli.debugHint': '(run again with --debug for details)',
  'cli.unknownCommand': 'unknown command "{command}".',
  'cli.projectFormat': 'twinlens: {path} {message}.',
  'cli.storage': 'twinlens: {problem}. {more}',
  'cli.storage.theProject': 'the project',
  'cli.storage.nothingImported': 'Nothing was imported; {after}.',
  'cli.storage.asItWas': 'the project is as it was',
  'cli.storage.noFile': 'no project file was created',

  'cli.mapping.unreadable': '--mapping {path} cannot be read as JSON ({reason}).',
  'cli.mapping.shape': '--mapping {path} must be a JSON object of "header in your file": "data-model column" pairs.',

  'cli.issue.error': 'error: {issue}',
  'cli.issue.warning': 'warning: {issue}',
  'cli.import.refused': '{errors} error(s): nothing was imported.',
  'cli.rows': '{count} {table}',
  'cli.validate.needsFile': 'validate needs at least one file.',
  'cli.validate.valid': 'valid: {rows}; {warnings} warning(s).',
  'cli.import.needsFile': 'import needs at least one file.',
  'cli.import.needsProject': 'import needs --project P.duckdb (created if it does not exist).',
  'cli.import.notCheckpointed':
    'twinlens: warning: the data was imported, but {problem}. It is safe in {project}.wal and joins the project file the next time the project is opened with room on the disk.',
  'cli.import.done': 'imported into {project}: {rows}.',

  'cli.source.needed': '{command} needs a .duckdb project, data files or Parquet folders.',
  'cli.source.mixed': '{command} reads Parquet folders or data files, not both: {files} is not a folder.',
  'cli.source.noProject': '{path} does not exist: import data into it first.',

  'cli.by.unknown': '--by "{value}" is not a grouping: use one of {groupings}.',
  'cli.compare.needsBy': 'compare needs --by, one of {groupings}.',
  'cli.lang.unknown': '--lang "{value}" is not a language Twinlens speaks: use one of {languages}.',

  'cli.report.needsOutput': 'report needs --xlsx OUT.xlsx and/or --pdf OUT.pdf.',
  'cli.report.xlsxName': '--xlsx {path} must end in .xlsx.',
  'cli.report.pdfName': '--pdf {path} must end in .pdf.',
  'cli.report.both': '{xlsx} and {pdf}',
  'cli.report.wrote': 'wrote {written} ({pairings} pairing(s) in scope) in {seconds} s.',
  'cli.report.step.comparing': 'comparing by {by}...',
  'cli.report.step.indicators': 'computing indicators...',
  'cli.report.step.charts': 'drawing charts...',
  'cli.report.step.workbook': 'writing the workbook...',
  'cli.report.step.pdf': 'writing the PDF report...',

  'cli.iati.option.ref': '--reporting-org REF',
  'cli.iati.option.type': '--reporting-org-type CODE',
  'cli.iati.option.name': '--reporting-org-name NAME',
  'cli.iati.needsOrg':
    'export --iati needs the reporting organisation: give {missing} (for example --reporting-org XI-IATI-EC_INTPA --reporting-org-type 15 --reporting-org-name "European Commission").',
  'cli.iati.xmlName': '--iati {path} must end in .xml.',
  'cli.iati.problem': '{severity}: {rule}{message}',
  'cli.iati.rule': '[IATI rule {rule}] ',
  'cli.iati.nothingWritten': 'twinlens: nothing was written to {path}: correct the data above ({errors} error(s)).',
  'cli.iati.wrote': 'wrote {path}: {programmes} programme(s), {pairings} pairing(s), {results} result(s), {megabytes} MB in {seconds} s; {warnings} warning(s).',
  'cli.export.oneTarget': 'export writes one target at a time: give --iati OUT.xml or --parquet DIR, not both.',
  'cli.export.needsTarget': 'export needs a target: --iati OUT.xml or --parquet DIR.',
  'cli.parquet.needsFolder': '--parquet needs a folder name.',
  'cli.parquet.wrote': 'wrote {dir}: {tables} table(s), {pairings} pairing(s) in scope, {megabytes} MB in {seconds} s.',

  'cli.progress.reading': 'reading {file}',
  'cli.progress.readingSheet': 'reading {file} / {sheet}',
  'cli.progress.rows': ' {rows} rows',

  'cli.compare.nothing': 'No {by} has pairings within the filters: nothing to compare.',
  'cli.compare.title': 'Compared by {by}: {groups} group(s)',
  'cli.compare.asOf': '; results and outcomes as of {asOf}',
  'cli.compare.figure': 'figure',
  'cli.compare.spread': 'spread',

  'cli.table.none': '(none in scope)',
  'cli.scope': 'Scope: {scope}',
  'cli.scope.filter': '{name} = {values}',
  'cli.scope.or': ' or ',
  'cli.scope.all': 'all pairings',
  'cli.scope.asOf': '{filters}; as of {asOf}',
  'cli.na': 'n/a',
  'cli.summary': 'Summary',
  'cli.col.figure': 'figure',
  'cli.col.value': 'value',
  'cli.byRegion': 'Pairings by region',
  'cli.col.region': 'region',
  'cli.col.pairings': 'pairings',
  'cli.col.entities': 'entities',
  'cli.regionFlow': 'Region-to-region flow',
  'cli.col.regionA': 'region a',
  'cli.col.regionB': 'region b',
  'cli.countryFlow': 'Country-to-country flow',
  'cli.col.countryA': 'country a',
  'cli.col.countryB': 'country b',
  'cli.themes': 'Themes',
  'cli.col.theme': 'theme',
  'cli.themeOverlap': 'Theme overlap',
  'cli.col.themeA': 'theme a',
  'cli.col.themeB': 'theme b',
  'cli.col.jaccard': 'jaccard',
  'cli.multiTheme': 'Pairings with two or more themes: {share}',
  'cli.helixMix': 'Stakeholder mix (quadruple helix)',
  'cli.col.helix': 'helix',
  'cli.col.organisations': 'organisations',
  'cli.col.participants': 'participants',
  'cli.col.share': 'share',
  'cli.helices': 'Pairings covering all four helices: {share}; mean helix coverage {coverage}; mean evenness {evenness}',
  'cli.gcom': 'GCoM: {signatories} of {entities} entities are signatories ({share}); {actionPlans} with an action plan; {joined} joined during a pairing',
  'cli.gcomByRegion': 'GCoM by region',
  'cli.col.signatories': 'signatories',
  'cli.delivery':
    'Joint action plans: {adopted} adopted, {drafting} drafting, {none} none; pilot projects: {pilots}; median duration: {months} months',
  'cli.activities': 'Activities by type',
  'cli.col.type': 'type',
  'cli.col.activities': 'activities',
  'cli.network': 'Network: {components} connected component(s), the largest with {largest} entities; {multi} entities in two or more pairings',
  'cli.hubs': 'Hubs (entities in two or more pairings)',
  'cli.col.entity': 'entity',
  'cli.col.name': 'name',
  'cli.col.country': 'country',
  'cli.hubs.more': '  ... and {count} more (all of them with --json)',
  'cli.importWarnings': 'Warnings from the import:',

  'cli.results.none': 'Results\n  (no result indicators in scope)',
  'cli.results': 'Results: {indicators} result indicators ({levels})',
  'cli.results.level': '{count} {level}',
  'cli.results.statuses':
    '  on track {onTrack}, at risk {atRisk}, off track {offTrack}; no actual {noActual}, no target {noTarget}, no baseline {noBaseline}, no change targeted {noChangeTargeted}, qualitative {qualitative}',
  'cli.results.shares': '  on-track share {share}; median achievement {median}',
  'cli.results.completeness': '  completeness: {reported} of {due} due values reported ({share})',
  'cli.results.progress': '  progress: {improved} of {compared} compared indicators improved; mean change {change}',
  'cli.results.points': '{value} points',
  'cli.frameworkTotals': 'Results-framework totals',
  'cli.col.framework': 'framework',
  'cli.col.unit': 'unit',
  'cli.col.indicators': 'indicators',
  'cli.col.baseline': 'baseline',
  'cli.col.actual': 'actual',
  'cli.col.target': 'target',
  'cli.sdgTargets': 'SDG targets',
  'cli.col.outcomes': 'outcomes',

  'cli.outcomes.none': 'Outcomes\n  (no harvested outcomes in scope)',
  'cli.outcomes': 'Outcomes: {outcomes} harvested outcomes in {pairings} pairings ({share} of pairings in scope)',
  'cli.outcomes.twoWay': '  two-way share {share}; mean reciprocity {reciprocity}',
  'cli.outcomes.substantiated': '  substantiated {share}; disputed {disputed}; investment EUR {investment}',
  'cli.outcomesByType': 'Outcomes by type',
  'cli.col.high': 'high',
  'cli.outcomesByYear': 'Outcomes by year',
  'cli.col.year': 'year',
} as const;
