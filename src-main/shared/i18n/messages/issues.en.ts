/**
 * The errors and warnings an import finds in a person's files (src-main/core/import), each
 * a key with ICU arguments. English is the source: the core renders it into each issue's
 * `message`, so the CLI and --json read as before, and the app and the reports render the
 * key again in the user's language. Arguments that are data (a sheet, a column, a value, a
 * file) stay as written; words the English varies (EU or partner city) are ICU selects.
 */
export const issuesEn = {
  'issue.where.sheet': 'sheet {sheet}',
  'issue.where.row': 'row {row}',
  'issue.where.column': 'column {column}',
  'issue.where.line': '{where}: {message}',
  'issue.ref.row': 'row {row}',
  'issue.ref.fileRow': '{file}, row {row}',
  'issue.ref.fileSheetRow': '{file}, sheet {sheet}, row {row}',
  'issue.tooMany': '{count} further {what, select, error {errors} other {warnings}} are not listed: fix the ones above and check the file again.',

  'issue.value.notWholeNumber': '{value} is not a whole number: write a whole number such as 1200.',
  'issue.value.notWholeText': '"{value}" is not a whole number: write digits only, such as 1200.',
  'issue.value.negativeCount': '{value} is negative: a count is zero or more.',
  'issue.value.countTooLarge': '{value} is too large for a count (at most {max, number}).',
  'issue.value.notNumber': '{value} is not a number.',
  'issue.value.notNumberText': '"{value}" is not a number: write it like 51.92.',
  'issue.value.notPercentage': '"{value}" is not a percentage: write it like 45%, 45 or 45.5.',
  'issue.value.negativeAmount': '{value} is negative: an amount is zero or more.',
  'issue.value.notSdgTargets':
    '{values} {count, plural, one {is not an SDG target} other {are not SDG targets}}: write target codes such as 11.3 or 13.b, separated by ; (the list is docs/sdg-targets.csv).',
  'issue.value.dateUnreadable': 'This date cannot be read: write it as 2018-03-01, 01/03/2018 (day first) or March 2018.',
  'issue.value.notDateNumber': '{value} is not a date: write it as 2018-03-01, 01/03/2018 (day first) or March 2018.',
  'issue.value.notDate': '"{value}" is not a date Twinlens can read: write it as 2018-03-01, 01/03/2018 (day first) or March 2018.',
  'issue.value.noSuchDay': '"{value}" is not a day that exists: write it as 2018-03-01, 01/03/2018 (day first) or March 2018.',
  'issue.value.notYesNo': '"{value}" is not yes or no: write yes, y, true, 1 or x for yes; no, n, false, 0 or leave it blank for no.',
  'issue.value.notInList':
    '"{value}" is not a {what, select, kind {kind of entity} status {pairing status} actionPlan {joint action plan state} level {result level} measure {measure} direction {direction} accumulation {accumulation} changeType {change type} significance {significance} substantiation {substantiation state} other {value}}: use {list}.',
  'issue.value.notHelix': '"{value}" is not a quadruple-helix value: use academia, business, government or civil society.',
  'issue.value.unknownCountry': '"{value}" is not a country Twinlens knows: write its ISO code (such as NL) or its English name (such as Netherlands).',
  'issue.value.unknownCatalogue':
    '"{value}" is not in the {what, select, theme {theme} other {activity type}} catalogue: it is kept as written. Check the spelling if you meant a catalogue {what, select, theme {theme} other {activity type}}.',

  'issue.row.missingValue': '{column} is empty: every row of {sheet} needs one.',
  'issue.row.cityEmpty': '{column} is empty: name the {side, select, EU {EU} other {partner}} city of this pairing.',
  'issue.row.countryEmpty': '{column} is empty: give the country of {cities}.',
  'issue.row.countryEmptyNoCity': '{column} is empty: give the country of the city.',
  'issue.row.countryCount':
    '{countries} countries for {cities, plural, other {# cities}}: give one country for all, or one per city in the same order.',
  'issue.row.duplicateId':
    '{kind} "{id}" is already used on {where}: give each {kind, select, entity_id {entity} pairing_id {pairing} indicator_id {result indicator} outcome_id {outcome} other {row}} its own id.',
  'issue.row.duplicateGeneratedId':
    '{kind} "{id}" is already used on {where} (Twinlens gave that id to a row without a Pairing ID): give each {kind, select, entity_id {entity} pairing_id {pairing} indicator_id {result indicator} outcome_id {outcome} other {row}} its own id.',
  'issue.row.endBeforeStart': 'The end date {end} is before the start date {start}: correct one of them.',

  'issue.column.ignored': 'Column "{header}" is not part of the data model and was ignored.',
  'issue.column.repeated': 'Column "{header}" repeats the {column} column and was ignored: only the first one is read.',
  'issue.column.missing': 'The required column "{column}" is missing: add a column with that header.',
  'issue.column.missingOr': 'The required column "{column}" (or {aliases}) is missing: add a column with that header.',

  'issue.sheet.ignored': 'Sheet "{sheet}" is not part of the data model and was ignored.',
  'issue.sheet.empty': 'Sheet "{sheet}" is empty: it was read as having no rows.',
  'issue.sheet.emptyFile': '{file} is empty: it was read as having no rows.',
  'issue.sheet.missing': 'The required sheet {sheet} is missing: add it (see sample-data/programme-template.xlsx).',
  'issue.sheet.noProgrammeData':
    'No programme data found: a programme workbook needs the sheets Entities, Pairings and Members; a flat list needs "EU city" and "Partner city" columns. Start from sample-data/programme-template.xlsx.',

  'issue.file.notAFile': '{file} is not a file (a folder?): choose the workbook or CSV file itself.',
  'issue.file.notFound': '{file} cannot be found or opened: check the path.',
  'issue.file.empty': '{file} is empty (0 bytes): check that you chose the right file, or export the data again.',
  'issue.file.tooLarge': '{file} is {size}, more than the {max} Twinlens reads from one file. {advice}',
  'issue.file.diskError': '{file} cannot be read from disk ({detail}): check that it is not open elsewhere and that you may read it.',
  'issue.file.xls': '{file} is an Excel 97-2003 (.xls) or password-protected workbook: open it in Excel and save it as .xlsx without a password.',
  'issue.file.zipRefused': '{file} is refused: {reason}. {advice}',
  'issue.file.damagedZip': '{file} is a damaged or incomplete zip archive (it may have been cut off while copying): ask for the file again.',
  'issue.file.xlsb': '{file} is an Excel binary workbook (.xlsb): open it in Excel and save it as .xlsx.',
  'issue.file.ods': '{file} is an OpenDocument file (.ods), not an Excel workbook: open it and save it as .xlsx.',
  'issue.file.zipWithoutWorkbook': '{file} is a zip archive that holds no Excel workbook: export the data as .xlsx or .csv.',
  'issue.file.fakeXlsx': '{file} is named like an Excel workbook but is not one: open it in Excel and save it as .xlsx.',
  'issue.file.nulBytes': '{file} contains NUL bytes, so it is not a text (CSV) file: export the data as .csv or .xlsx.',
  'issue.file.badEncoding': '{file} is marked as {encoding} but its bytes are not valid {encoding} text: save it again as CSV (UTF-8).',
  'issue.file.binary': '{file} is neither a spreadsheet nor a text file (it holds binary data): export the data as .csv or .xlsx.',
  'issue.file.unreadable': '{file} could not be read: {reason}. {advice}',
  'issue.file.unexpected': 'an unexpected error stopped the reading ({detail})',
  'issue.file.adviceXlsx': 'Open it in Excel, save it again as .xlsx, and retry.',
  'issue.file.adviceText': 'Open it in a spreadsheet program, save it again as CSV (UTF-8) or .xlsx, and retry.',
  'issue.file.adviceLimit':
    'Twinlens refuses files like this to protect your computer (see SECURITY.md). If the file is genuine, open it in Excel, remove what is not programme data, save it as .xlsx, and retry.',
  'issue.file.unrecognised':
    '{file} is neither a flat pairing list (with "EU city" and "Partner city" columns) nor one sheet of the programme workbook: name the file after its sheet (entities.csv, pairings.csv, ...) or fix its headers.',

  'issue.ref.unknown': '{column} "{value}" is not in the {sheet} sheet: add it there or correct the id.',
  'issue.ref.thinFlatPairing':
    'This row\'s pairing ("{id}") links {members, select, none {no city} other {only one city}}: a pairing links two or more; check EU city and Partner city.',
  'issue.ref.thinPairing':
    'Pairing "{id}" has {members, select, none {no members} other {only one member}}: a pairing links two or more entities; add them in Members.',
  'issue.result.notAMember':
    'entity_id "{value}" is not a member of pairing "{pairing}": name one of its members (see the Members sheet), {table, select, outcomes {the one where the change happened} other {or leave it blank to measure the pairing as a whole}}.',
  'issue.result.otherPairing':
    'Result indicator "{value}" belongs to pairing "{pairing}", not to this outcome\'s pairing: name an indicator of the same pairing, or leave indicator_id blank.',
  'issue.result.invalidPeriod': 'period_end is before period_start: correct one of them.',
  'issue.result.overlappingPeriods':
    'This period of indicator "{value}" overlaps the period {start} to {end} on {where}: the periods of one indicator must not overlap.',
  'issue.result.incrementalDirection':
    'Indicator "{value}" is incremental, so its total can only grow: its direction must be increase (or make it a level indicator).',
  'issue.result.qualitativeValue':
    'Indicator "{value}" is qualitative, so it takes no {column}: leave {column} blank and write the narrative{table, select, result_values { in comment} other {}}, or make the indicator a number or percentage.',
  'issue.iati.org.refEmpty': 'the reporting organisation ref is empty: give your IATI organisation identifier, such as XI-IATI-EC_INTPA or XM-DAC-918-3.',
  'issue.iati.org.refWhitespace': 'the reporting organisation ref "{ref}" holds whitespace: an IATI organisation identifier has none.',
  'issue.iati.org.refForbidden': 'the reporting organisation ref "{ref}" holds one of / & | ?, which IATI identifiers must not contain.',
  'issue.iati.org.refNoPrefix':
    'the reporting organisation ref "{ref}" does not start with a registered prefix (an OrganisationRegistrationAgency code and a hyphen, such as XI-IATI- or XM-DAC-): see org-id.guide for your organisation\'s identifier.',
  'issue.iati.org.refWithdrawn': 'the reporting organisation ref "{ref}" starts with {agency}, a registration agency IATI has withdrawn: use your organisation\'s current identifier.',
  'issue.iati.org.typeUnknown': 'the reporting organisation type "{type}" is not an OrganisationType code: use one of {codes}.',
  'issue.iati.org.nameEmpty': 'the reporting organisation name is empty: give the name of the organisation publishing the file.',
  'issue.iati.org.notRemembered': 'The reporting organisation could not be remembered in the project ({detail}); the file was written all the same.',
  'issue.iati.nothingInScope': 'no pairing is in scope: widen the filters (or import data) before exporting to IATI.',
  'issue.iati.lastUpdateFuture': 'the data\'s last update ({lastUpdated}) is in the future: check the computer\'s clock.',
  'issue.iati.activity': '{label}: {problem}.',
  'issue.iati.idDuplicate': 'its identifier {id} is used by another activity of the file',
  'issue.iati.idIsOrgRef': 'its identifier equals the reporting organisation ref',
  'issue.iati.idPrefix': 'its identifier {id} does not start with {ref}-',
  'issue.iati.idWhitespace': 'its identifier "{id}" holds whitespace',
  'issue.iati.idForbidden': 'its identifier "{id}" holds one of / & | ?',
  'issue.iati.titleEmpty': 'its title is empty',
  'issue.iati.descriptionEmpty': 'its description is empty',
  'issue.iati.noSector': 'it has no sector',
  'issue.iati.shareMissing': 'a {what, select, sector {sector} other {recipient country}} has no percentage',
  'issue.iati.shareSum': 'its {what, select, sector {sector} other {recipient country}} percentages sum to {sum, number}, not 100',
  'issue.iati.shareSingle': 'its single {what, select, sector {sector} other {recipient country}} is {share, number} %, not 100',
  'issue.iati.shareRange': '{what, select, sector {sector} other {recipient country}} {code} is {share, number} %, outside 0-100',
  'issue.iati.sectorInactive': 'sector {code} is not an active code of IATI\'s Sector codelist',
  'issue.iati.countryInactive': 'recipient country {code} is not an active code of IATI\'s Country codelist',
  'issue.iati.sdgUnknown': 'SDG target {target} is not in the UNSDG-Targets codelist',
  'issue.iati.orgNoRefName': 'a participating organisation has neither a ref nor a name',
  'issue.iati.orgTypeUnknown': 'participating organisation type {type} is not an OrganisationType code',
  'issue.iati.noStart': 'it has neither a planned nor an actual start date',
  'issue.iati.plannedOrder': 'its planned start {start} is after its planned end {end}',
  'issue.iati.actualOrder': 'its actual start {start} is after its actual end {end}',
  'issue.iati.actualStartFuture': 'its actual start {start} is in the future',
  'issue.iati.actualEndFuture': 'its actual end {end} is in the future',
  'issue.iati.resultUntitled': 'a result has an empty title',
  'issue.iati.baseline': 'the baseline',
  'issue.iati.targetFor': 'the target for {start}',
  'issue.iati.actualFor': 'the actual for {start}',
  'issue.iati.valueMissing': '{what} of result "{title}" has no value',
  'issue.iati.valueNotNumber': '{what} of result "{title}" is "{value}", not a plain number',
  'issue.iati.valueQualitative': '{what} of qualitative result "{title}" has a value',
  'issue.iati.periodOrder': 'a period of result "{title}" starts ({start}) after it ends ({end})',
  'issue.iati.commentDropped':
    '{label}: the comment of indicator {indicator} for {start} to {end} is left out, because the period has neither a target nor an actual and IATI keeps a numeric comment only on one of them.',
  'issue.iati.countryUnknown': '{label}: country "{country}" is not in IATI\'s Country codelist, so it is left out of the recipient countries.',
  'issue.iati.startAssumed': '{label} has no start date: it is written with its programme\'s earliest start, {start}, as its planned start.',
  'issue.iati.endBeforeStart': '{label} ends ({end}) before it starts ({start}): its end date is left out; correct it in the data.',
  'issue.iati.completedFutureEnd': '{label} is completed but ends in the future ({end}): its end is written as planned, not actual; correct the status or the date.',
  'issue.iati.noMembers': '{label} has no members: the reporting organisation is written as its only participating organisation.',
  'issue.iati.programmeNoStart':
    '{label}: none of its {count, plural, other {# pairing(s)}} in scope has a start date, and IATI needs a start date for every activity: add start dates to the pairings.',
  'issue.iati.withoutProgramme': '{count, plural, other {# pairing(s)}} have no programme: they are written under one programme activity titled "{title}".',
  'issue.api.projectMissing': '{path} does not exist (moved or deleted?).',
  'issue.api.projectUnreadable': '{path} could not be opened as a Twinlens project: {detail}',
  'issue.api.noProject': 'No project is open.',
  'issue.api.closing': 'Twinlens is closing.',
  'issue.api.notAFile': 'import/files: "{path}" is not a readable file',
  'issue.api.noSuchPairing': 'pairings/detail: no pairing has the id "{id}"',
  'issue.api.badToken': 'Missing or wrong token: open the address Twinlens printed when it started.',
  'issue.api.unreachable': 'Twinlens cannot be reached: is it still running?',
  'issue.api.tooLarge': 'The files are too large to send to Twinlens.',
  'issue.api.httpStatus': 'Twinlens answered {status}.',
  'issue.api.notImported': '{files} could not be imported ({count} error(s)):\n  {first}',
} as const;
