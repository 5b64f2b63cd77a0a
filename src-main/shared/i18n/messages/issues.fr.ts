import type { IssueKey } from '../catalogue-keys.js';

/**
 * French errors and warnings of an import (issues.en.ts). Column, sheet and coded values
 * stay as the files and the data model write them: they are what the user types.
 */
export const issuesFr: Partial<Record<IssueKey, string>> = {
  'issue.where.sheet': 'feuille {sheet}',
  'issue.where.row': 'ligne {row}',
  'issue.where.column': 'colonne {column}',
  'issue.where.line': '{where} : {message}',
  'issue.ref.row': 'la ligne {row}',
  'issue.ref.fileRow': '{file}, ligne {row}',
  'issue.ref.fileSheetRow': '{file}, feuille {sheet}, ligne {row}',
  'issue.tooMany': '{count} autres {what, select, error {erreurs} other {avertissements}} ne sont pas listés : corrigez ceux ci-dessus et vérifiez à nouveau le fichier.',

  'issue.value.notWholeNumber': '{value} n’est pas un nombre entier : écrivez un nombre entier, par exemple 1200.',
  'issue.value.notWholeText': '« {value} » n’est pas un nombre entier : écrivez uniquement des chiffres, par exemple 1200.',
  'issue.value.negativeCount': '{value} est négatif : un effectif vaut zéro ou plus.',
  'issue.value.countTooLarge': '{value} est trop grand pour un effectif (au plus {max, number}).',
  'issue.value.notNumber': '{value} n’est pas un nombre.',
  'issue.value.notNumberText': '« {value} » n’est pas un nombre : écrivez-le ainsi : 51,92 ou 51.92.',
  'issue.value.notPercentage': '« {value} » n’est pas un pourcentage : écrivez-le ainsi : 45%, 45 ou 45,5.',
  'issue.value.negativeAmount': '{value} est négatif : un montant vaut zéro ou plus.',
  'issue.value.notSdgTargets':
    '{values} {count, plural, one {n’est pas une cible des ODD} other {ne sont pas des cibles des ODD}} : écrivez des codes de cible comme 11.3 ou 13.b, séparés par ; (la liste est dans docs/sdg-targets.csv).',
  'issue.value.dateUnreadable': 'Cette date est illisible : écrivez-la 2018-03-01, 01/03/2018 (jour en premier) ou March 2018 (mois en anglais).',
  'issue.value.notDateNumber': '{value} n’est pas une date : écrivez-la 2018-03-01, 01/03/2018 (jour en premier) ou March 2018 (mois en anglais).',
  'issue.value.notDate': '« {value} » n’est pas une date que Twinlens sait lire : écrivez-la 2018-03-01, 01/03/2018 (jour en premier) ou March 2018 (mois en anglais).',
  'issue.value.noSuchDay': '« {value} » n’est pas un jour qui existe : écrivez-le 2018-03-01, 01/03/2018 (jour en premier) ou March 2018 (mois en anglais).',
  'issue.value.notYesNo': '« {value} » n’est ni oui ni non : écrivez yes, y, true, 1 ou x pour oui ; no, n, false, 0 ou laissez la cellule vide pour non.',
  'issue.value.notInList':
    '« {value} » n’est pas {what, select, kind {un type d’entité} status {un statut de jumelage} actionPlan {un état de plan d’action conjoint} level {un niveau de résultat} measure {une mesure} direction {un sens de variation} accumulation {un mode de cumul} changeType {un type de changement} significance {un degré d’importance} substantiation {un état de justification} other {une valeur admise}} : utilisez {list}.',
  'issue.value.notHelix': '« {value} » n’est pas une valeur de la quadruple hélice : utilisez academia, business, government ou civil society.',
  'issue.value.unknownCountry': '« {value} » n’est pas un pays connu de Twinlens : écrivez son code ISO (par exemple NL) ou son nom anglais (par exemple Netherlands).',
  'issue.value.unknownCatalogue':
    '« {value} » n’est pas dans le catalogue des {what, select, theme {thèmes} other {types d’activité}} : la valeur est gardée telle quelle. Vérifiez l’orthographe si vous pensiez à {what, select, theme {un thème} other {un type d’activité}} du catalogue.',

  'issue.row.missingValue': '{column} est vide : chaque ligne de {sheet} doit en avoir un.',
  'issue.row.cityEmpty': '{column} est vide : nommez la ville {side, select, EU {européenne} other {partenaire}} de ce jumelage.',
  'issue.row.countryEmpty': '{column} est vide : indiquez le pays de {cities}.',
  'issue.row.countryEmptyNoCity': '{column} est vide : indiquez le pays de la ville.',
  'issue.row.countryCount':
    '{countries} pays pour {cities, plural, one {# ville} other {# villes}} : indiquez un seul pays pour toutes, ou un par ville dans le même ordre.',
  'issue.row.duplicateId':
    '{kind} « {id} » est déjà utilisé à {where} : donnez à chaque {kind, select, entity_id {entité} pairing_id {jumelage} indicator_id {indicateur de résultat} outcome_id {effet} other {ligne}} son propre identifiant.',
  'issue.row.duplicateGeneratedId':
    '{kind} « {id} » est déjà utilisé à {where} (Twinlens a donné cet identifiant à une ligne sans Pairing ID) : donnez à chaque {kind, select, entity_id {entité} pairing_id {jumelage} indicator_id {indicateur de résultat} outcome_id {effet} other {ligne}} son propre identifiant.',
  'issue.row.endBeforeStart': 'La date de fin {end} précède la date de début {start} : corrigez l’une des deux.',

  'issue.column.ignored': 'La colonne « {header} » ne fait pas partie du modèle de données et a été ignorée.',
  'issue.column.repeated': 'La colonne « {header} » répète la colonne {column} et a été ignorée : seule la première est lue.',
  'issue.column.missing': 'La colonne obligatoire « {column} » manque : ajoutez une colonne avec cet en-tête.',
  'issue.column.missingOr': 'La colonne obligatoire « {column} » (ou {aliases}) manque : ajoutez une colonne avec cet en-tête.',

  'issue.sheet.ignored': 'La feuille « {sheet} » ne fait pas partie du modèle de données et a été ignorée.',
  'issue.sheet.empty': 'La feuille « {sheet} » est vide : elle a été lue comme n’ayant aucune ligne.',
  'issue.sheet.emptyFile': '{file} est vide : il a été lu comme n’ayant aucune ligne.',
  'issue.sheet.missing': 'La feuille obligatoire {sheet} manque : ajoutez-la (voir sample-data/programme-template.xlsx).',
  'issue.sheet.noProgrammeData':
    'Aucune donnée de programme trouvée : un classeur de programme doit avoir les feuilles Entities, Pairings et Members ; une liste simple, les colonnes « EU city » et « Partner city ». Partez de sample-data/programme-template.xlsx.',

  'issue.file.notAFile': '{file} n’est pas un fichier (un dossier ?) : choisissez le classeur ou le fichier CSV lui-même.',
  'issue.file.notFound': '{file} est introuvable ou ne peut pas être ouvert : vérifiez le chemin.',
  'issue.file.empty': '{file} est vide (0 octet) : vérifiez que vous avez choisi le bon fichier, ou exportez à nouveau les données.',
  'issue.file.tooLarge': '{file} pèse {size}, plus que les {max} que Twinlens lit dans un fichier. {advice}',
  'issue.file.diskError': '{file} ne peut pas être lu sur le disque ({detail}) : vérifiez qu’il n’est pas ouvert ailleurs et que vous avez le droit de le lire.',
  'issue.file.xls': '{file} est un classeur Excel 97-2003 (.xls) ou protégé par un mot de passe : ouvrez-le dans Excel et enregistrez-le en .xlsx sans mot de passe.',
  'issue.file.zipRefused': '{file} est refusé : {reason}. {advice}',
  'issue.file.damagedZip': '{file} est une archive zip abîmée ou incomplète (elle a peut-être été tronquée pendant la copie) : demandez à nouveau le fichier.',
  'issue.file.xlsb': '{file} est un classeur Excel binaire (.xlsb) : ouvrez-le dans Excel et enregistrez-le en .xlsx.',
  'issue.file.ods': '{file} est un fichier OpenDocument (.ods), pas un classeur Excel : ouvrez-le et enregistrez-le en .xlsx.',
  'issue.file.zipWithoutWorkbook': '{file} est une archive zip qui ne contient aucun classeur Excel : exportez les données en .xlsx ou en .csv.',
  'issue.file.fakeXlsx': '{file} porte le nom d’un classeur Excel mais n’en est pas un : ouvrez-le dans Excel et enregistrez-le en .xlsx.',
  'issue.file.nulBytes': '{file} contient des octets NUL : ce n’est donc pas un fichier texte (CSV). Exportez les données en .csv ou en .xlsx.',
  'issue.file.badEncoding': '{file} est déclaré en {encoding} mais ses octets ne sont pas du texte {encoding} valide : enregistrez-le à nouveau en CSV (UTF-8).',
  'issue.file.binary': '{file} n’est ni un tableur ni un fichier texte (il contient des données binaires) : exportez les données en .csv ou en .xlsx.',
  'issue.file.unreadable': '{file} n’a pas pu être lu : {reason}. {advice}',
  'issue.file.unexpected': 'une erreur inattendue a interrompu la lecture ({detail})',
  'issue.file.adviceXlsx': 'Ouvrez-le dans Excel, enregistrez-le à nouveau en .xlsx, puis réessayez.',
  'issue.file.adviceText': 'Ouvrez-le dans un tableur, enregistrez-le à nouveau en CSV (UTF-8) ou en .xlsx, puis réessayez.',
  'issue.file.adviceLimit':
    'Twinlens refuse ce genre de fichier pour protéger votre ordinateur (voir SECURITY.md). Si le fichier est authentique, ouvrez-le dans Excel, retirez ce qui n’est pas une donnée du programme, enregistrez-le en .xlsx et réessayez.',
  'issue.file.unrecognised':
    '{file} n’est ni une liste simple de jumelages (avec les colonnes « EU city » et « Partner city ») ni une feuille du classeur de programme : nommez le fichier d’après sa feuille (entities.csv, pairings.csv…) ou corrigez ses en-têtes.',

  'issue.ref.unknown': '{column} « {value} » ne figure pas dans la feuille {sheet} : ajoutez-le là ou corrigez l’identifiant.',
  'issue.ref.thinFlatPairing':
    'Le jumelage de cette ligne (« {id} ») ne relie {members, select, none {aucune ville} other {qu’une seule ville}} : un jumelage en relie deux ou plus ; vérifiez EU city et Partner city.',
  'issue.ref.thinPairing':
    'Le jumelage « {id} » {members, select, none {n’a aucun membre} other {n’a qu’un seul membre}} : un jumelage relie deux entités ou plus ; ajoutez-les dans Members.',
  'issue.result.notAMember':
    'entity_id « {value} » n’est pas membre du jumelage « {pairing} » : nommez l’un de ses membres (voir la feuille Members), {table, select, outcomes {celui où le changement a eu lieu} other {ou laissez la cellule vide pour mesurer le jumelage dans son ensemble}}.',
  'issue.result.otherPairing':
    'L’indicateur de résultat « {value} » appartient au jumelage « {pairing} », pas à celui de cet effet : nommez un indicateur du même jumelage, ou laissez indicator_id vide.',
  'issue.result.invalidPeriod': 'period_end précède period_start : corrigez l’une des deux.',
  'issue.result.overlappingPeriods':
    'Cette période de l’indicateur « {value} » chevauche la période du {start} au {end} à {where} : les périodes d’un même indicateur ne doivent pas se chevaucher.',
  'issue.result.incrementalDirection':
    'L’indicateur « {value} » est cumulatif, son total ne peut donc que croître : son sens doit être increase (ou faites-en un indicateur de niveau).',
  'issue.result.qualitativeValue':
    'L’indicateur « {value} » est qualitatif et ne prend donc pas de {column} : laissez {column} vide et écrivez le récit{table, select, result_values { dans comment} other {}}, ou faites-en un indicateur en nombre ou en pourcentage.',
  'issue.iati.org.refEmpty': 'la référence (ref) de l’organisation déclarante est vide : indiquez l’identifiant IATI de votre organisation, par exemple XI-IATI-EC_INTPA ou XM-DAC-918-3.',
  'issue.iati.org.refWhitespace': 'la référence de l’organisation déclarante « {ref} » contient des espaces : un identifiant d’organisation IATI n’en a pas.',
  'issue.iati.org.refForbidden': 'la référence de l’organisation déclarante « {ref} » contient l’un des caractères / & | ?, interdits dans les identifiants IATI.',
  'issue.iati.org.refNoPrefix':
    'la référence de l’organisation déclarante « {ref} » ne commence pas par un préfixe enregistré (un code OrganisationRegistrationAgency suivi d’un tiret, comme XI-IATI- ou XM-DAC-) : voir org-id.guide pour l’identifiant de votre organisation.',
  'issue.iati.org.refWithdrawn': 'la référence de l’organisation déclarante « {ref} » commence par {agency}, une agence d’enregistrement retirée par IATI : utilisez l’identifiant actuel de votre organisation.',
  'issue.iati.org.typeUnknown': 'le type d’organisation déclarante « {type} » n’est pas un code OrganisationType : utilisez l’un de ces codes : {codes}.',
  'issue.iati.org.nameEmpty': 'le nom de l’organisation déclarante est vide : indiquez le nom de l’organisation qui publie le fichier.',
  'issue.iati.org.notRemembered': 'L’organisation déclarante n’a pas pu être enregistrée dans le projet ({detail}) ; le fichier a tout de même été écrit.',
  'issue.iati.nothingInScope': 'aucun jumelage n’est retenu : élargissez les filtres (ou importez des données) avant d’exporter vers IATI.',
  'issue.iati.lastUpdateFuture': 'la dernière mise à jour des données ({lastUpdated}) est dans le futur : vérifiez l’horloge de l’ordinateur.',
  'issue.iati.activity': '{label} : {problem}.',
  'issue.iati.idDuplicate': 'son identifiant {id} est utilisé par une autre activité du fichier',
  'issue.iati.idIsOrgRef': 'son identifiant est égal à la référence de l’organisation déclarante',
  'issue.iati.idPrefix': 'son identifiant {id} ne commence pas par {ref}-',
  'issue.iati.idWhitespace': 'son identifiant « {id} » contient des espaces',
  'issue.iati.idForbidden': 'son identifiant « {id} » contient l’un des caractères / & | ?',
  'issue.iati.titleEmpty': 'son titre est vide',
  'issue.iati.descriptionEmpty': 'sa description est vide',
  'issue.iati.noSector': 'elle n’a aucun secteur',
  'issue.iati.shareMissing': '{what, select, sector {un secteur} other {un pays bénéficiaire}} n’a pas de pourcentage',
  'issue.iati.shareSum': 'les pourcentages de ses {what, select, sector {secteurs} other {pays bénéficiaires}} totalisent {sum, number}, et non 100',
  'issue.iati.shareSingle': 'son unique {what, select, sector {secteur} other {pays bénéficiaire}} est à {share, number} %, et non 100',
  'issue.iati.shareRange': 'le {what, select, sector {secteur} other {pays bénéficiaire}} {code} est à {share, number} %, hors de 0-100',
  'issue.iati.sectorInactive': 'le secteur {code} n’est pas un code actif de la liste Sector d’IATI',
  'issue.iati.countryInactive': 'le pays bénéficiaire {code} n’est pas un code actif de la liste Country d’IATI',
  'issue.iati.sdgUnknown': 'la cible ODD {target} ne figure pas dans la liste UNSDG-Targets',
  'issue.iati.orgNoRefName': 'une organisation participante n’a ni référence ni nom',
  'issue.iati.orgTypeUnknown': 'le type d’organisation participante {type} n’est pas un code OrganisationType',
  'issue.iati.noStart': 'elle n’a ni date de début prévue ni date de début effective',
  'issue.iati.plannedOrder': 'son début prévu {start} est postérieur à sa fin prévue {end}',
  'issue.iati.actualOrder': 'son début effectif {start} est postérieur à sa fin effective {end}',
  'issue.iati.actualStartFuture': 'son début effectif {start} est dans le futur',
  'issue.iati.actualEndFuture': 'sa fin effective {end} est dans le futur',
  'issue.iati.resultUntitled': 'un résultat a un titre vide',
  'issue.iati.baseline': 'la valeur de référence',
  'issue.iati.targetFor': 'la cible du {start}',
  'issue.iati.actualFor': 'la valeur réalisée du {start}',
  'issue.iati.valueMissing': '{what} du résultat « {title} » n’a pas de valeur',
  'issue.iati.valueNotNumber': '{what} du résultat « {title} » vaut « {value} », pas un simple nombre',
  'issue.iati.valueQualitative': '{what} du résultat qualitatif « {title} » a une valeur',
  'issue.iati.periodOrder': 'une période du résultat « {title} » commence ({start}) après sa fin ({end})',
  'issue.iati.commentDropped':
    '{label} : le commentaire de l’indicateur {indicator} pour la période du {start} au {end} est omis, car la période n’a ni cible ni valeur réalisée et IATI ne garde un commentaire numérique que sur l’une d’elles.',
  'issue.iati.countryUnknown': '{label} : le pays « {country} » ne figure pas dans la liste Country d’IATI ; il est donc omis des pays bénéficiaires.',
  'issue.iati.startAssumed': '{label} n’a pas de date de début : il est écrit avec le début le plus ancien de son programme, {start}, comme début prévu.',
  'issue.iati.endBeforeStart': '{label} se termine ({end}) avant de commencer ({start}) : sa date de fin est omise ; corrigez-la dans les données.',
  'issue.iati.completedFutureEnd': '{label} est terminé mais sa fin est dans le futur ({end}) : sa fin est écrite comme prévue, non effective ; corrigez le statut ou la date.',
  'issue.iati.noMembers': '{label} n’a aucun membre : l’organisation déclarante est écrite comme sa seule organisation participante.',
  'issue.iati.programmeNoStart':
    '{label} : aucun de ses {count, plural, one {# jumelage retenu n’a} other {# jumelages retenus n’a}} de date de début, or IATI exige une date de début pour chaque activité : ajoutez des dates de début aux jumelages.',
  'issue.iati.withoutProgramme': '{count, plural, one {# jumelage n’a} other {# jumelages n’ont}} pas de programme : ils sont écrits sous une seule activité de programme intitulée « {title} ».',
  'issue.api.projectMissing': '{path} n’existe pas (déplacé ou supprimé ?).',
  'issue.api.projectUnreadable': '{path} n’a pas pu être ouvert comme projet Twinlens : {detail}',
  'issue.api.noProject': 'Aucun projet n’est ouvert.',
  'issue.api.closing': 'Twinlens est en train de se fermer.',
  'issue.api.notAFile': 'import/files : « {path} » n’est pas un fichier lisible',
  'issue.api.noSuchPairing': 'pairings/detail : aucun jumelage n’a l’identifiant « {id} »',
  'issue.api.badToken': 'Jeton absent ou erroné : ouvrez l’adresse que Twinlens a affichée à son démarrage.',
  'issue.api.unreachable': 'Twinlens ne répond pas : est-il toujours ouvert ?',
  'issue.api.tooLarge': 'Les fichiers sont trop volumineux pour être envoyés à Twinlens.',
  'issue.api.httpStatus': 'Twinlens a répondu {status}.',
  'issue.api.notImported': '{files} n’a pas pu être importé ({count} erreur(s)) :\n  {first}',
};
