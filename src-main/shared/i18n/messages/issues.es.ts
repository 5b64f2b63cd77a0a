import type { IssueKey } from '../catalogue-keys.js';

/**
 * Spanish errors and warnings of an import (issues.en.ts). Column, sheet and coded values
 * stay as the files and the data model write them: they are what the user types.
 */
export const issuesEs: Partial<Record<IssueKey, string>> = {
  'issue.where.sheet': 'hoja {sheet}',
  'issue.where.row': 'fila {row}',
  'issue.where.column': 'columna {column}',
  'issue.where.line': '{where}: {message}',
  'issue.ref.row': 'la fila {row}',
  'issue.ref.fileRow': '{file}, fila {row}',
  'issue.ref.fileSheetRow': '{file}, hoja {sheet}, fila {row}',
  'issue.tooMany': '{count} {what, select, error {errores} other {avisos}} más no se listan: corrija los de arriba y vuelva a comprobar el archivo.',

  'issue.value.notWholeNumber': '{value} no es un número entero: escriba un número entero, por ejemplo 1200.',
  'issue.value.notWholeText': '«{value}» no es un número entero: escriba solo cifras, por ejemplo 1200.',
  'issue.value.negativeCount': '{value} es negativo: un recuento es cero o más.',
  'issue.value.countTooLarge': '{value} es demasiado grande para un recuento (como máximo {max, number}).',
  'issue.value.notNumber': '{value} no es un número.',
  'issue.value.notNumberText': '«{value}» no es un número: escríbalo así: 51,92 o 51.92.',
  'issue.value.notPercentage': '«{value}» no es un porcentaje: escríbalo así: 45%, 45 o 45,5.',
  'issue.value.negativeAmount': '{value} es negativo: un importe es cero o más.',
  'issue.value.notSdgTargets':
    '{values} {count, plural, one {no es una meta de los ODS} other {no son metas de los ODS}}: escriba códigos de meta como 11.3 o 13.b, separados por ; (la lista está en docs/sdg-targets.csv).',
  'issue.value.dateUnreadable': 'Esta fecha no se puede leer: escríbala como 2018-03-01, 01/03/2018 (día primero) o March 2018 (mes en inglés).',
  'issue.value.notDateNumber': '{value} no es una fecha: escríbala como 2018-03-01, 01/03/2018 (día primero) o March 2018 (mes en inglés).',
  'issue.value.notDate': '«{value}» no es una fecha que Twinlens sepa leer: escríbala como 2018-03-01, 01/03/2018 (día primero) o March 2018 (mes en inglés).',
  'issue.value.noSuchDay': '«{value}» no es un día que exista: escríbalo como 2018-03-01, 01/03/2018 (día primero) o March 2018 (mes en inglés).',
  'issue.value.notYesNo': '«{value}» no es ni sí ni no: escriba yes, y, true, 1 o x para sí; no, n, false, 0 o deje la celda vacía para no.',
  'issue.value.notInList':
    '«{value}» no es {what, select, kind {un tipo de entidad} status {un estado de hermanamiento} actionPlan {un estado del plan de acción conjunto} level {un nivel de resultado} measure {una medida} direction {un sentido de variación} accumulation {un modo de acumulación} changeType {un tipo de cambio} significance {un grado de importancia} substantiation {un estado de justificación} other {un valor admitido}}: use {list}.',
  'issue.value.notHelix': '«{value}» no es un valor de la cuádruple hélice: use academia, business, government o civil society.',
  'issue.value.unknownCountry': '«{value}» no es un país que Twinlens conozca: escriba su código ISO (por ejemplo NL) o su nombre en inglés (por ejemplo Netherlands).',
  'issue.value.unknownCatalogue':
    '«{value}» no está en el catálogo de {what, select, theme {temas} other {tipos de actividad}}: se conserva tal como está escrito. Revise la ortografía si se refería a {what, select, theme {un tema} other {un tipo de actividad}} del catálogo.',

  'issue.row.missingValue': '{column} está vacío: cada fila de {sheet} necesita uno.',
  'issue.row.cityEmpty': '{column} está vacío: indique la ciudad {side, select, EU {europea} other {socia}} de este hermanamiento.',
  'issue.row.countryEmpty': '{column} está vacío: indique el país de {cities}.',
  'issue.row.countryEmptyNoCity': '{column} está vacío: indique el país de la ciudad.',
  'issue.row.countryCount':
    '{countries} países para {cities, plural, one {# ciudad} other {# ciudades}}: indique un solo país para todas, o uno por ciudad en el mismo orden.',
  'issue.row.duplicateId':
    '{kind} «{id}» ya se usa en {where}: dé a cada {kind, select, entity_id {entidad} pairing_id {hermanamiento} indicator_id {indicador de resultado} outcome_id {efecto} other {fila}} su propio identificador.',
  'issue.row.duplicateGeneratedId':
    '{kind} «{id}» ya se usa en {where} (Twinlens dio ese identificador a una fila sin Pairing ID): dé a cada {kind, select, entity_id {entidad} pairing_id {hermanamiento} indicator_id {indicador de resultado} outcome_id {efecto} other {fila}} su propio identificador.',
  'issue.row.endBeforeStart': 'La fecha de fin {end} es anterior a la fecha de inicio {start}: corrija una de las dos.',

  'issue.column.ignored': 'La columna «{header}» no forma parte del modelo de datos y se ha ignorado.',
  'issue.column.repeated': 'La columna «{header}» repite la columna {column} y se ha ignorado: solo se lee la primera.',
  'issue.column.missing': 'Falta la columna obligatoria «{column}»: añada una columna con ese encabezado.',
  'issue.column.missingOr': 'Falta la columna obligatoria «{column}» (o {aliases}): añada una columna con ese encabezado.',

  'issue.sheet.ignored': 'La hoja «{sheet}» no forma parte del modelo de datos y se ha ignorado.',
  'issue.sheet.empty': 'La hoja «{sheet}» está vacía: se ha leído como si no tuviera filas.',
  'issue.sheet.emptyFile': '{file} está vacío: se ha leído como si no tuviera filas.',
  'issue.sheet.missing': 'Falta la hoja obligatoria {sheet}: añádala (vea sample-data/programme-template.xlsx).',
  'issue.sheet.noProgrammeData':
    'No se encontraron datos de programa: un libro de programa necesita las hojas Entities, Pairings y Members; una lista simple, las columnas «EU city» y «Partner city». Parta de sample-data/programme-template.xlsx.',

  'issue.file.notAFile': '{file} no es un archivo (¿una carpeta?): elija el libro o el archivo CSV en sí.',
  'issue.file.notFound': '{file} no se encuentra o no se puede abrir: compruebe la ruta.',
  'issue.file.empty': '{file} está vacío (0 bytes): compruebe que eligió el archivo correcto, o exporte de nuevo los datos.',
  'issue.file.tooLarge': '{file} ocupa {size}, más de los {max} que Twinlens lee de un archivo. {advice}',
  'issue.file.diskError': '{file} no se puede leer del disco ({detail}): compruebe que no esté abierto en otro programa y que tenga permiso para leerlo.',
  'issue.file.xls': '{file} es un libro de Excel 97-2003 (.xls) o protegido con contraseña: ábralo en Excel y guárdelo como .xlsx sin contraseña.',
  'issue.file.zipRefused': '{file} se rechaza: {reason}. {advice}',
  'issue.file.damagedZip': '{file} es un archivo zip dañado o incompleto (quizá se cortó al copiarlo): pida de nuevo el archivo.',
  'issue.file.xlsb': '{file} es un libro binario de Excel (.xlsb): ábralo en Excel y guárdelo como .xlsx.',
  'issue.file.ods': '{file} es un archivo OpenDocument (.ods), no un libro de Excel: ábralo y guárdelo como .xlsx.',
  'issue.file.zipWithoutWorkbook': '{file} es un archivo zip que no contiene ningún libro de Excel: exporte los datos como .xlsx o .csv.',
  'issue.file.fakeXlsx': '{file} tiene nombre de libro de Excel pero no lo es: ábralo en Excel y guárdelo como .xlsx.',
  'issue.file.nulBytes': '{file} contiene bytes NUL, así que no es un archivo de texto (CSV): exporte los datos como .csv o .xlsx.',
  'issue.file.badEncoding': '{file} está marcado como {encoding} pero sus bytes no son texto {encoding} válido: guárdelo de nuevo como CSV (UTF-8).',
  'issue.file.binary': '{file} no es ni una hoja de cálculo ni un archivo de texto (contiene datos binarios): exporte los datos como .csv o .xlsx.',
  'issue.file.unreadable': '{file} no se pudo leer: {reason}. {advice}',
  'issue.file.unexpected': 'un error inesperado detuvo la lectura ({detail})',
  'issue.file.adviceXlsx': 'Ábralo en Excel, guárdelo de nuevo como .xlsx y vuelva a intentarlo.',
  'issue.file.adviceText': 'Ábralo en una hoja de cálculo, guárdelo de nuevo como CSV (UTF-8) o .xlsx y vuelva a intentarlo.',
  'issue.file.adviceLimit':
    'Twinlens rechaza archivos así para proteger su ordenador (vea SECURITY.md). Si el archivo es auténtico, ábralo en Excel, quite lo que no sean datos del programa, guárdelo como .xlsx y vuelva a intentarlo.',
  'issue.file.unrecognised':
    '{file} no es ni una lista simple de hermanamientos (con las columnas «EU city» y «Partner city») ni una hoja del libro de programa: nombre el archivo según su hoja (entities.csv, pairings.csv…) o corrija sus encabezados.',

  'issue.ref.unknown': '{column} «{value}» no está en la hoja {sheet}: añádalo allí o corrija el identificador.',
  'issue.ref.thinFlatPairing':
    'El hermanamiento de esta fila («{id}») {members, select, none {no une ninguna ciudad} other {solo une una ciudad}}: un hermanamiento une dos o más; revise EU city y Partner city.',
  'issue.ref.thinPairing':
    'El hermanamiento «{id}» {members, select, none {no tiene miembros} other {solo tiene un miembro}}: un hermanamiento une dos o más entidades; añádalas en Members.',
  'issue.result.notAMember':
    'entity_id «{value}» no es miembro del hermanamiento «{pairing}»: indique uno de sus miembros (vea la hoja Members), {table, select, outcomes {aquel donde ocurrió el cambio} other {o deje la celda vacía para medir el hermanamiento en su conjunto}}.',
  'issue.result.otherPairing':
    'El indicador de resultado «{value}» pertenece al hermanamiento «{pairing}», no al de este efecto: indique un indicador del mismo hermanamiento, o deje indicator_id vacío.',
  'issue.result.invalidPeriod': 'period_end es anterior a period_start: corrija uno de los dos.',
  'issue.result.overlappingPeriods':
    'Este periodo del indicador «{value}» se solapa con el periodo de {start} a {end} en {where}: los periodos de un mismo indicador no deben solaparse.',
  'issue.result.incrementalDirection':
    'El indicador «{value}» es acumulativo, así que su total solo puede crecer: su sentido debe ser increase (o conviértalo en un indicador de nivel).',
  'issue.result.qualitativeValue':
    'El indicador «{value}» es cualitativo y por tanto no lleva {column}: deje {column} vacío y escriba la narrativa{table, select, result_values { en comment} other {}}, o conviértalo en un indicador numérico o porcentual.',
  'issue.iati.org.refEmpty': 'la referencia (ref) de la organización informante está vacía: indique el identificador IATI de su organización, por ejemplo XI-IATI-EC_INTPA o XM-DAC-918-3.',
  'issue.iati.org.refWhitespace': 'la referencia de la organización informante «{ref}» contiene espacios: un identificador de organización IATI no tiene ninguno.',
  'issue.iati.org.refForbidden': 'la referencia de la organización informante «{ref}» contiene uno de los caracteres / & | ?, prohibidos en los identificadores IATI.',
  'issue.iati.org.refNoPrefix':
    'la referencia de la organización informante «{ref}» no empieza por un prefijo registrado (un código OrganisationRegistrationAgency y un guion, como XI-IATI- o XM-DAC-): consulte org-id.guide para el identificador de su organización.',
  'issue.iati.org.refWithdrawn': 'la referencia de la organización informante «{ref}» empieza por {agency}, una agencia de registro que IATI ha retirado: use el identificador actual de su organización.',
  'issue.iati.org.typeUnknown': 'el tipo de organización informante «{type}» no es un código OrganisationType: use uno de estos: {codes}.',
  'issue.iati.org.nameEmpty': 'el nombre de la organización informante está vacío: indique el nombre de la organización que publica el archivo.',
  'issue.iati.org.notRemembered': 'No se pudo guardar la organización informante en el proyecto ({detail}); el archivo se escribió de todos modos.',
  'issue.iati.nothingInScope': 'ningún hermanamiento está en el ámbito: amplíe los filtros (o importe datos) antes de exportar a IATI.',
  'issue.iati.lastUpdateFuture': 'la última actualización de los datos ({lastUpdated}) está en el futuro: compruebe el reloj del ordenador.',
  'issue.iati.activity': '{label}: {problem}.',
  'issue.iati.idDuplicate': 'su identificador {id} lo usa otra actividad del archivo',
  'issue.iati.idIsOrgRef': 'su identificador es igual a la referencia de la organización informante',
  'issue.iati.idPrefix': 'su identificador {id} no empieza por {ref}-',
  'issue.iati.idWhitespace': 'su identificador «{id}» contiene espacios',
  'issue.iati.idForbidden': 'su identificador «{id}» contiene uno de los caracteres / & | ?',
  'issue.iati.titleEmpty': 'su título está vacío',
  'issue.iati.descriptionEmpty': 'su descripción está vacía',
  'issue.iati.noSector': 'no tiene ningún sector',
  'issue.iati.shareMissing': '{what, select, sector {un sector} other {un país receptor}} no tiene porcentaje',
  'issue.iati.shareSum': 'los porcentajes de sus {what, select, sector {sectores} other {países receptores}} suman {sum, number}, no 100',
  'issue.iati.shareSingle': 'su único {what, select, sector {sector} other {país receptor}} tiene {share, number} %, no 100',
  'issue.iati.shareRange': 'el {what, select, sector {sector} other {país receptor}} {code} tiene {share, number} %, fuera de 0-100',
  'issue.iati.sectorInactive': 'el sector {code} no es un código activo de la lista Sector de IATI',
  'issue.iati.countryInactive': 'el país receptor {code} no es un código activo de la lista Country de IATI',
  'issue.iati.sdgUnknown': 'la meta ODS {target} no está en la lista UNSDG-Targets',
  'issue.iati.orgNoRefName': 'una organización participante no tiene ni referencia ni nombre',
  'issue.iati.orgTypeUnknown': 'el tipo de organización participante {type} no es un código OrganisationType',
  'issue.iati.noStart': 'no tiene ni fecha de inicio prevista ni fecha de inicio real',
  'issue.iati.plannedOrder': 'su inicio previsto {start} es posterior a su fin previsto {end}',
  'issue.iati.actualOrder': 'su inicio real {start} es posterior a su fin real {end}',
  'issue.iati.actualStartFuture': 'su inicio real {start} está en el futuro',
  'issue.iati.actualEndFuture': 'su fin real {end} está en el futuro',
  'issue.iati.resultUntitled': 'un resultado tiene el título vacío',
  'issue.iati.baseline': 'la línea de base',
  'issue.iati.targetFor': 'la meta del {start}',
  'issue.iati.actualFor': 'el valor real del {start}',
  'issue.iati.valueMissing': '{what} del resultado «{title}» no tiene valor',
  'issue.iati.valueNotNumber': '{what} del resultado «{title}» es «{value}», no un número simple',
  'issue.iati.valueQualitative': '{what} del resultado cualitativo «{title}» tiene un valor',
  'issue.iati.periodOrder': 'un periodo del resultado «{title}» empieza ({start}) después de terminar ({end})',
  'issue.iati.commentDropped':
    '{label}: el comentario del indicador {indicator} para el periodo de {start} a {end} se omite, porque el periodo no tiene ni meta ni valor real e IATI solo guarda un comentario numérico en uno de ellos.',
  'issue.iati.countryUnknown': '{label}: el país «{country}» no está en la lista Country de IATI, así que se omite de los países receptores.',
  'issue.iati.startAssumed': '{label} no tiene fecha de inicio: se escribe con el inicio más temprano de su programa, {start}, como inicio previsto.',
  'issue.iati.endBeforeStart': '{label} termina ({end}) antes de empezar ({start}): se omite su fecha de fin; corríjala en los datos.',
  'issue.iati.completedFutureEnd': '{label} está completado pero termina en el futuro ({end}): su fin se escribe como previsto, no real; corrija el estado o la fecha.',
  'issue.iati.noMembers': '{label} no tiene miembros: la organización informante se escribe como su única organización participante.',
  'issue.iati.programmeNoStart':
    '{label}: ninguno de sus {count, plural, one {# hermanamiento} other {# hermanamientos}} en el ámbito tiene fecha de inicio, e IATI exige una fecha de inicio para cada actividad: añada fechas de inicio a los hermanamientos.',
  'issue.iati.withoutProgramme': '{count, plural, one {# hermanamiento no tiene} other {# hermanamientos no tienen}} programa: se escriben bajo una sola actividad de programa titulada «{title}».',
  'issue.api.projectMissing': '{path} no existe (¿se movió o se borró?).',
  'issue.api.projectUnreadable': '{path} no se pudo abrir como proyecto de Twinlens: {detail}',
  'issue.api.noProject': 'No hay ningún proyecto abierto.',
  'issue.api.closing': 'Twinlens se está cerrando.',
  'issue.api.notAFile': 'import/files: «{path}» no es un archivo legible',
  'issue.api.noSuchPairing': 'pairings/detail: ningún hermanamiento tiene el identificador «{id}»',
  'issue.api.badToken': 'Falta el token o es incorrecto: abra la dirección que Twinlens mostró al iniciarse.',
  'issue.api.unreachable': 'Twinlens no responde: ¿sigue abierto?',
  'issue.api.tooLarge': 'Los archivos son demasiado grandes para enviarlos a Twinlens.',
  'issue.api.httpStatus': 'Twinlens respondió {status}.',
  'issue.api.notImported': '{files} no se pudo importar ({count} error(es)):\n  {first}',
};
