// The page's French: every sentence of en.mjs, same keys and placeholders as
// en.mjs, in French typography (no-break spaces before : ; % € and inside « »).
// docs/i18n/fr.md lists the terms chosen.

export default {
  'page.title': 'Simulateur des arbitrages de défense',
  'page.intro':
    'L’OTAN demande à ses alliés de consacrer {core} de leur PIB aux dépenses de défense de base d’ici à {year}\u202f; l’UE leur demande d’acheter en commun. Jouez sur les paramètres pour voir ce que coûte chaque choix, ce qu’il permet d’acquérir et ce que l’OTAN comptabilise.',
  'page.loading': 'Chargement du modèle…',
  'page.footer':
    'Le modèle, ses équations et la source de chaque chiffre sont décrits dans le fichier docs/model.md du projet. Cette page effectue ses calculs dans votre navigateur et n’envoie aucune donnée.',
  'page.failed': 'Le simulateur n’a pas pu démarrer\u00a0: {detail}',
  'page.summary': 'En bref',
  'page.open_full': 'Ouvrir le simulateur complet',
  'country.label': 'Pays',
  'language.label': 'Langue',
  'country.eu_total': {
    one: 'Ensemble de l’UE ({members} membre)',
    other: 'Ensemble de l’UE ({members} membres)',
  },
  'country.eu_total.name': 'l’UE',
  'country.group.eu': 'Membres de l’UE',
  'country.group.other': 'Hors UE',
  'country.eu_total.members': 'les {members} membres de l’UE',

  'group.nato': 'Objectif de l’OTAN et trajectoire des dépenses',
  'group.pooling': 'Achats en commun',
  'group.financing': 'Financement',
  'group.economy': 'Économie et horizon',
  'group.more': 'Autres paramètres',
  'lever.reset': 'Rétablir',
  'lever.reset.label': '{label}\u00a0: revenir à {value}',
  'lever.reset_all': 'Rétablir tous les paramètres',
  'levers.label': 'Paramètres',

  'lever.end_year': 'Dernière année affichée',
  'lever.nato.core_target_pct_gdp': 'Objectif de l’OTAN pour les dépenses de défense de base',
  'lever.nato.related_target_pct_gdp': 'Objectif de l’OTAN pour les dépenses liées à la défense',
  'lever.nato.target_year': 'Année d’échéance des objectifs',
  'lever.spending.path': 'Les budgets de défense',
  'lever.spending.path.nato_target': 'montent jusqu’à l’objectif de l’OTAN',
  'lever.spending.path.constant_share': 'restent à leur part actuelle du PIB',
  'lever.spending.path.custom': 'atteignent le niveau indiqué ci-dessous',
  'lever.spending.custom_pct_gdp': 'Niveau atteint l’année d’échéance',
  'lever.spending.non_nato_follow_target': 'Les membres de l’UE hors OTAN ({countries}) suivent la même trajectoire',
  'lever.pooling.joint_share_pct.start': 'Équipements achetés en commun aujourd’hui',
  'lever.pooling.joint_share_pct.end': 'Équipements achetés en commun\u00a0: objectif',
  'lever.pooling.joint_share_pct.end_year': 'Année où l’objectif d’achats en commun est atteint',
  'lever.pooling.joint_saving_pct': 'Économie réalisée grâce aux achats en commun',
  'lever.pooling.eu_fund_eur_bn': 'Fonds européen de défense commun, tous membres confondus',
  'lever.pooling.eu_fund_saving_pct': 'Économie réalisée grâce au fonds commun de l’UE',
  'lever.pooling.eu_fund_counts_as_related_pct':
    'Part des versements au fonds commun de l’UE que l’OTAN compte comme dépenses liées à la défense',
  'lever.pooling.eu_fund_financing': 'Les versements au fonds commun de l’UE',
  'lever.pooling.eu_fund_financing.on_top': 's’ajoutent au budget de défense',
  'lever.pooling.eu_fund_financing.from_defence_budget': 'sont prélevés sur le budget de défense',
  'lever.industry.european_share_national_pct': 'Part de l’industrie européenne dans les achats nationaux',
  'lever.industry.european_share_joint_pct': 'Part de l’industrie européenne dans les achats en commun',
  'lever.industry.european_share_eu_fund_pct': 'Part de l’industrie européenne dans les achats du fonds commun',
  'lever.financing.borrowed_share_pct': 'Part de l’effort supplémentaire financée par l’emprunt',
  'lever.financing.use_safe_loans': 'Emprunter via les prêts SAFE de l’UE lorsque c’est possible',
  'lever.financing.safe_last_year': 'Dernière année d’octroi des prêts SAFE',
  'lever.financing.eu_rate_pct': 'Taux d’emprunt de l’UE',
  'lever.economy.nominal_growth_pct': 'Croissance nominale du PIB',

  // A number in each of the model's units (wording.mjs).
  'value.none': '{value}',
  'value.year': '{value}',
  'value.flag': '{value}',
  'value.pct': '{value}\u202f%',
  'value.pct_gdp': '{value}\u202f% du PIB',
  'value.pct_per_year': '{value}\u202f% par an',
  'value.eur': '{value}\u00a0euros',
  'value.eur_bn': '{value}\u00a0milliards d’euros',
  'value.eur_bn_per_year': '{value}\u00a0milliards d’euros par an',

  // The model's rules (docs/model.md section 11.1), as the page words them.
  'rule.between': 'doit se situer entre {min} et {max} (valeur reçue\u00a0: {got})',
  'rule.at_least': 'doit valoir au moins {min} (valeur reçue\u00a0: {got})',
  'rule.at_most': 'doit valoir au plus {max} (valeur reçue\u00a0: {got})',
  'rule.whole_number': 'doit être un nombre entier (valeur reçue\u00a0: {got})',
  'rule.finite': 'doit être un nombre fini',
  'rule.type': 'doit être {expected}',
  'rule.one_of': 'doit être l’une des valeurs suivantes\u00a0: {choices}',
  'rule.far_outside': 'se situe très loin de toute valeur possible',
  'rule.not_negative': 'ne doit pas prendre une valeur négative',
  'rule.country_code': '«\u00a0{got}\u00a0» ne correspond à aucun pays des données',
  'expected.number': 'un nombre',
  'expected.whole_number': 'un nombre entier',
  'expected.boolean': 'vrai ou faux',
  'expected.string': 'un texte',
  'expected.object': 'un groupe de paramètres',
  'expected.country_code': 'un code pays',
  'expected.countries': 'un ensemble ou une liste de pays',

  // The model's notes (docs/model.md section 7.3).
  'note.eu_fund_cut':
    '{country}\u00a0: à partir de {year}, son versement au fonds commun de l’UE dépasse le budget de défense sur lequel il est prélevé\u202f; il est donc ramené à ce budget et il ne reste rien pour les dépenses nationales.',
  'note.horizon_before_target':
    'Les chiffres s’arrêtent en {end_year}, avant l’échéance des objectifs de l’OTAN ({target_year}).',
  'note.nato_denominator':
    '{country}\u00a0: les parts fixées par l’OTAN s’appliquent à sa propre mesure de l’économie de ce pays, soit {factor} fois le PIB d’Eurostat, afin que les montants en euros correspondent à ceux de l’OTAN.',

  // The data's provenance flags (data/flags.csv), translated.
  'flag.defence_sipri_2024':
    'Pays non membre de l’OTAN\u00a0: les dépenses de défense correspondent à la part du PIB estimée par le SIPRI pour 2024, une définition plus large que les dépenses de défense de base de l’OTAN',
  'flag.equipment_share_fallback_eu_allies_weighted_mean':
    'Pas de chiffre de l’OTAN pour les équipements\u00a0: leur part est la moyenne, pondérée par les dépenses, des 23 alliés membres de l’UE (34,27\u202f%)',
  'flag.defence_2021_sipri': 'La référence 2021 de la clause dérogatoire provient du SIPRI, et non de l’OTAN',
  'flag.yield_2024': 'Le taux à 10 ans est la moyenne de 2024\u00a0: aucune valeur pour 2025 n’était disponible',
  'flag.yield_fallback_eu_median_2025':
    'Pas de taux à 10 ans fiable\u00a0: la médiane des valeurs 2025 des membres de l’UE (3,17\u202f%) le remplace',
  'flag.gdp_2024_worldbank_usd_converted':
    'Le PIB est le chiffre 2024 de la Banque mondiale en dollars américains, converti au taux de change moyen 2024 de la BCE',
  'flag.yield_2024_boe_via_statista':
    'Le taux à 10 ans est le rendement moyen des emprunts d’État britanniques (gilts) en 2024 (série de la Banque d’Angleterre, citée par Statista)',
  'flag.gdp_2024_derived_from_nato':
    'Le PIB est calculé à partir des dépenses 2024 et de leur part du PIB publiées par l’OTAN, puis converti au taux de change moyen 2024 de la BCE (écart d’environ ±0,3\u202f% dû aux arrondis)',
  'flag.nato_gdp_basis_gni':
    'L’OTAN calcule la part de ce pays sur le RNB, et non sur le PIB\u00a0: ses parts s’appliquent au dénominateur de l’OTAN (0,676 fois le PIB d’Eurostat), faute de quoi ses montants en euros seraient surévalués d’environ 48\u202f%',
  'flag.nato_gdp_basis_differs':
    'Le PIB retenu par l’OTAN pour ce pays est inférieur d’environ 11\u202f% à celui d’Eurostat\u00a0: ses parts s’appliquent au dénominateur de l’OTAN (0,897 fois le PIB d’Eurostat), faute de quoi ses montants en euros seraient surévalués d’environ 11\u202f%',

  // The model's unit ids (describe().units).
  'unit.pct_gdp': '% du PIB',
  'unit.eur_bn': 'Md\u00a0€',
  'unit.eur_bn_per_year': 'Md\u00a0€ par an',
  'unit.eur': '€',
  'unit.pct': '%',
  'unit.pct_per_year': '% par an',
  'unit.year': '',
  'unit.flag': '',
  'unit.points': '{value}\u00a0pt',
  'unit.points.short': '{value}\u00a0pt',

  'headline.spend':
    '{country}\u00a0: en {year}, les dépenses de défense atteindraient {effort}, soit {effortPct} du PIB ou {perCapita} par habitant. C’est {extra} {moreOrLess} par an qu’en maintenant la part du PIB consacrée aujourd’hui à la défense.',
  'headline.spend.eu':
    'En {year}, {country} consacreraient {effort} à la défense, soit {effortPct} de leur PIB ou {perCapita} par habitant. C’est {extra} {moreOrLess} par an qu’en maintenant la part du PIB qu’ils y consacrent aujourd’hui.',
  'headline.more': 'de plus',
  'headline.less': 'de moins',
  'headline.nato.meets': 'L’objectif de l’OTAN de {target} du PIB en dépenses de défense de base est atteint.',
  'headline.nato.short':
    'Il manque {gap} pour atteindre l’objectif de l’OTAN de {target} du PIB en dépenses de défense de base ({core} comptabilisés).',
  'headline.nato.not_ally': '{country}\u00a0: pays non membre de l’OTAN, non soumis à ses objectifs.',
  'headline.nato.partial':
    'Pour les membres qui font partie de l’OTAN, l’Alliance comptabilise {core} du PIB, pour un objectif de {target}.',
  'headline.pooling':
    'Grâce aux achats en commun et au fonds commun de l’UE, cet effort représente {capability} de capacités (équipements et forces), soit {gain} de plus qu’avec des achats purement nationaux\u202f; {share} des dépenses d’équipement vont à l’industrie européenne.',
  'headline.debt':
    'L’emprunt qui finance l’effort supplémentaire alourdit la dette publique de {debt} de PIB d’ici à {year}.',
  'headline.debt.none': 'Rien n’est financé par l’emprunt\u00a0: la dette publique n’augmente pas.',

  'figure.effort': 'Dépenses de défense en {year}',
  'figure.extra': 'Par rapport à la part actuelle du PIB',
  'figure.nato': 'Défense de base (OTAN)',
  'figure.pooling': 'Gain de la mutualisation',
  'figure.debt': 'Dette publique',
  'figure.per_citizen': '{value} par habitant',
  'figure.of_gdp': '{value} du PIB',
  'figure.target': 'objectif\u00a0: {value}',
  'figure.nato.allies': {
    one: 'pour le {allies} pays membre de l’OTAN',
    other: 'pour les {allies} pays membres de l’OTAN',
  },
  'figure.meets': 'objectif atteint',
  'figure.short': 'en deçà de l’objectif',
  'figure.not_ally': 'pays non membre de l’OTAN',
  'figure.european_share': '{value} pour l’industrie européenne',
  'figure.debt_points': '{value} de PIB',
  'figure.baseline': 'Plans actuels\u00a0: {value}',

  'chart.path.title': 'Dépenses de défense, {from}–{to}',
  'chart.path.caption':
    'En part du PIB\u00a0: achats nationaux, acquisitions conjointes et versements au fonds commun de l’UE, comparés à la trajectoire de l’objectif de base de l’OTAN. En pointillés\u00a0: les plans actuels (valeurs par défaut).',
  'chart.path.caption.eu': {
    one: 'Pour l’ensemble de l’UE, la trajectoire de l’OTAN porte sur le {allies} membre qui fait partie de l’Alliance.',
    other:
      'Pour l’ensemble de l’UE, la trajectoire de l’OTAN porte sur les {allies} membres qui font partie de l’Alliance.',
  },
  'chart.path.national': 'Dépenses nationales',
  'chart.path.joint': 'Acquisitions conjointes',
  'chart.path.fund': 'Fonds commun de l’UE',
  'chart.path.target': 'Trajectoire de l’objectif de base de l’OTAN',
  'chart.path.baseline': 'Plans actuels',
  'chart.path.summary': '{country}\u00a0: {effortPct} du PIB en {year}, contre {target} sur la trajectoire de l’OTAN.',
  'chart.frontier.title': 'L’arbitrage en {year}\u00a0: à budget égal, national ou mutualisé',
  'chart.frontier.caption':
    'Chaque point transfère une part plus grande du même effort total des budgets nationaux vers le fonds commun de l’UE\u00a0: davantage de capacités, mais moins de dépenses comptabilisées par l’OTAN. Points marqués\u00a0: le scénario en cours et la plus forte part mutualisée qui respecte encore l’objectif de base de l’OTAN.',
  'chart.frontier.caption.not_ally':
    'Pays non membre de l’OTAN\u00a0: la courbe montre les capacités selon la part de l’effort mutualisée dans le fonds commun de l’UE.',
  'chart.frontier.eu_total': 'Cette courbe se trace pays par pays\u00a0: choisissez un pays ci-dessus pour l’afficher.',
  'chart.frontier.x.nato': 'Défense de base au sens de l’OTAN, en % du PIB',
  'chart.frontier.x.pooled': 'Part de l’effort mutualisée dans le fonds commun de l’UE, en %',
  'chart.frontier.y': 'Capacités, en Md\u00a0€',
  'chart.frontier.target': 'Objectif de l’OTAN',
  'chart.frontier.legend.current':
    'Scénario en cours\u00a0: {core} du PIB comptabilisés par l’OTAN, {capability} de capacités',
  'chart.frontier.legend.current.not_ally':
    'Scénario en cours\u00a0: {share} de l’effort mutualisé, {capability} de capacités',
  'chart.frontier.legend.pstar': 'Mutualisation maximale respectant l’objectif de l’OTAN\u00a0: {share} de l’effort',
  'chart.frontier.legend.baseline': 'Plans actuels',
  'chart.frontier.summary':
    '{country} en {year}\u00a0: mutualiser la totalité de l’effort donnerait {maxCapability} de capacités et {minCore} du PIB comptabilisés par l’OTAN\u202f; le scénario en cours donne {capability}.',
  'chart.ranking.title': 'Tous les pays en {year}',
  'chart.ranking.metric': 'Classer selon',
  'chart.ranking.extra_per_capita_eur': 'l’effort supplémentaire par habitant (€)',
  'chart.ranking.nato_core_gap_eur_bn': 'l’écart à l’objectif de base de l’OTAN (Md\u00a0€)',
  'chart.ranking.total_effort_pct_gdp': 'les dépenses de défense (% du PIB)',
  'chart.ranking.caption':
    'Barres\u00a0: ce scénario. Traits en pointillés\u00a0: les plans actuels (valeurs par défaut).',
  'chart.ranking.not_ally': 'hors OTAN',
  'chart.ranking.summary':
    'Le plus élevé\u00a0: {first} ({firstValue})\u202f; le plus bas\u00a0: {last} ({lastValue}).',

  'chart.table.show': 'Afficher sous forme de tableau',
  'chart.table.year': 'Année',

  'error.lever': '{label}\u00a0: {detail}',
  'error.not_a_number': 'valeur non numérique',
  'error.too_large': 'nombre trop grand',
  'error.url.unknown': 'Le paramètre «\u00a0{key}\u00a0» du lien est inconnu du simulateur\u00a0: il est ignoré.',
  'error.url.country': 'Le pays «\u00a0{value}\u00a0» du lien ne figure pas dans la liste\u00a0: il est ignoré.',
  'error.url.value':
    'La valeur «\u00a0{value}\u00a0» du lien pour «\u00a0{label}\u00a0» est inutilisable ({detail})\u00a0: elle est ignorée.',
  'error.url.refused':
    'La valeur du lien pour «\u00a0{label}\u00a0» a été refusée ({detail})\u00a0: la valeur {kept} est conservée.',
  'error.url.boolean': 'vrai ou faux (1 ou 0)',
  'error.url.integer': 'un nombre entier',
  'error.url.option':
    'Le paramètre {key} du lien, «\u00a0{value}\u00a0», ne fait pas partie des valeurs admises ({allowed})\u00a0: il est ignoré.',
  'error.url.range':
    'Le paramètre {key} du lien, «\u00a0{value}\u00a0», n\u2019est pas un nombre entier de {min} à {max}\u00a0: il est ignoré.',
  'error.url.repeated': 'Le lien donne «\u00a0{key}\u00a0» plusieurs fois\u00a0: seule la dernière valeur compte.',
  'error.url.version':
    'Le format «\u00a0{value}\u00a0» du lien est inconnu de ce simulateur\u00a0: le lien est lu au format actuel.',
  'error.url.too_many_levers':
    'Un encart affiche au plus {max} paramètres\u00a0: seuls les {max} premiers sont affichés.',
  'error.url.too_long': 'Le lien est trop long pour être lu\u00a0: les valeurs par défaut sont affichées.',
  'error.story.refused':
    'La valeur demandée pour «\u00a0{label}\u00a0» a été refusée ({detail})\u00a0: la valeur {kept} est conservée.',
  'error.story.chart': 'Il n’existe pas de graphique «\u00a0{value}\u00a0»\u00a0: ignoré.',
  'error.story.metric': 'Il n’existe pas de classement «\u00a0{value}\u00a0»\u00a0: ignoré.',
  'error.story.figure': 'Il n’existe pas de chiffre «\u00a0{value}\u00a0»\u00a0: ignoré.',
  'error.story.query':
    'La page qui affiche le simulateur a envoyé un scénario qui n’est pas un lien d’au plus {max} caractères\u00a0: ignoré.',
  'error.story.unknown':
    'La page qui affiche le simulateur a demandé «\u00a0{value}\u00a0», que le simulateur ne connaît pas\u00a0: ignoré.',
  'error.kept': 'Les chiffres affichés sont ceux des derniers paramètres valides.',

  'notes.title': 'Remarques',

  'compare.title': 'Comparer deux scénarios',
  'compare.pin': 'Épingler ce scénario comme A',
  'compare.pin_again': 'Épingler plutôt ce scénario comme A',
  'compare.unpin': 'Arrêter la comparaison',
  'compare.hint':
    'Épinglez le scénario affiché comme A, puis déplacez les curseurs pour voir B à côté\u202f; ou partez de «\u202fL’OTAN d’abord\u202f» face à «\u202fL’Europe d’abord\u202f».',
  'compare.status': '{b} est sur les curseurs, comparé à {a}.',
  'compare.name.nato_first': 'L’OTAN d’abord',
  'compare.name.europe_first': 'L’Europe d’abord',
  'compare.label': '{letter}',
  'compare.label.named': '{letter} ({name})',
  'compare.of_a': '{label} de A',
  'compare.about.nato_first':
    '{letter}, l’OTAN d’abord\u00a0: chaque allié atteint d’ici à {year} l’objectif de l’OTAN de {target} pour la défense de base et dépense le supplément au niveau national\u202f; les achats en commun restent à {joint} des équipements, comme aujourd’hui, et il n’y a pas de fonds européen commun.',
  'compare.about.europe_first':
    '{letter}, l’Europe d’abord\u00a0: les mêmes budgets de défense, avec {joint} des équipements achetés en commun d’ici à {jointYear} et {fund} par an versés à un fonds européen commun, le maximum que les membres de l’UE alliés de l’OTAN peuvent mettre en commun en restant, ensemble, chaque année sur la trajectoire de l’OTAN.',
  'headline.compare.intro': 'En {year}, {country}\u00a0: {b} face à {a}.',
  'headline.compare.effort': 'Dépenses de défense\u00a0: {b} contre {a} ({difference}).',
  'headline.compare.nato': 'Défense de base au sens de l’OTAN\u00a0: {b} du PIB contre {a}.',
  'headline.compare.capability': 'Capacités militaires\u00a0: {b} contre {a} ({difference}).',
  'headline.compare.industry': 'Part de l’industrie européenne\u00a0: {b} contre {a}.',
  'headline.compare.debt': 'Dette publique supplémentaire\u00a0: {b} du PIB contre {a}.',
  'figure.versus': '{a}\u00a0: {value} ({difference})',
  'chart.path.pinned': '{a}\u00a0: total',
  'chart.frontier.legend.pinned': '{a}\u00a0: {x}, capacités {capability}',
  'chart.ranking.caption.pinned': 'Barres fines\u00a0: {a}.',
  'compare.difference': 'B {value}',
  'compare.same': 'pas d’écart',
  'chart.path.capability': 'Capacités acquises',
  'chart.path.band': 'Leur fourchette probable ({draws} tirages, du 5e au 95e centile)',
  'chart.path.band.low': 'Capacités, bas probable (5e centile)',
  'chart.path.band.high': 'Capacités, haut probable (95e centile)',
  'figure.likely': 'probablement de {low} à {high}\u202f;',
  'figure.capability_likely': 'capacités {value}, probablement de {low} à {high}',
  'download.open': 'Télécharger',
  'download.csv': 'Données de tous les pays (CSV)',
  'download.json': 'Scénario (JSON, pour l’outil en ligne de commande)',
  'download.chart': 'Graphique « {chart} » ({format})',
  'download.done': 'Fichier {file} téléchargé.',
  'download.failed': 'Le fichier n’a pas pu être créé : {reason}',
  'download.link': 'Scénario : {link}',
  'share.open': 'Partager / Intégrer',
  'share.title': 'Partager ou intégrer ce scénario',
  'share.link': 'Lien vers ce scénario',
  'share.copy_link': 'Copier le lien',
  'share.embed': 'L’intégrer dans un article',
  'share.view': 'Afficher',
  'share.view.card': 'un encart\u00a0: phrase clé, chiffres, un graphique, quelques paramètres',
  'share.view.chart': 'un graphique',
  'share.view.full': 'le simulateur complet',
  'share.chart': 'Graphique',
  'share.chart.path': 'trajectoire des dépenses',
  'share.chart.frontier': 'national ou mutualisé',
  'share.chart.ranking': 'tous les pays',
  'share.lock': 'Masquer le choix du pays',
  'share.lang': 'Langue',
  'share.theme': 'Couleurs',
  'share.theme.auto': 'selon l’appareil du lecteur',
  'share.theme.light': 'claires',
  'share.theme.dark': 'sombres',
  'share.levers': 'Paramètres affichés dans l’encart (jusqu’à {max})',
  'share.snippet': 'Code à coller dans l’article',
  'share.copy_snippet': 'Copier le code',
  'share.copied': 'Copié.',
  'share.copy_manually': 'Le texte est sélectionné\u00a0: copiez-le avec votre clavier.',
  'share.preview': 'Aperçu',
  'share.close': 'Fermer',
  'sources.title': 'Sources et millésimes des données',
  'sources.line': 'Sources\u00a0: {publishers}. Données {data}, modèle {model}.',
  'sources.intro':
    'Chaque chiffre provient de ces données et des équations du modèle (docs/model.md). Modèle {model}, données {data}.',
  'sources.column': 'Indicateur',
  'sources.value': 'Valeur',
  'sources.source': 'Provenance',
  'sources.vintage': 'Millésime',
  'sources.flags': '{country}\u00a0: données moins fiables',
  'sources.flags.none': '{country}\u00a0: aucune donnée n’est signalée comme moins fiable.',
  'sources.flags.eu': 'Données signalées parmi les membres',
  'sources.flags.item': '{country}\u00a0: {flags}',

  'column.gdp_eur_bn': 'PIB',
  'column.gdp_year': 'Année du PIB',
  'column.population_m': 'Nombre d’habitants',
  'column.defence_pct_gdp': 'Dépenses de défense actuelles',
  'column.defence_year': 'Année des dépenses de défense',
  'column.defence_pct_gdp_2021': 'Dépenses de défense en 2021',
  'column.equipment_share_pct': 'Part des équipements dans les dépenses de défense',
  'column.debt_pct_gdp': 'Dette publique',
  'column.bond_yield_10y_pct': 'Taux des obligations d’État à 10 ans',
  'column.eu_gni_share_pct': 'Part dans les contributions RNB au budget de l’UE',
  'column.safe_allocation_eur_bn': 'Enveloppe de prêts SAFE',
  'column.nato_gdp_factor': 'Dénominateur de l’OTAN, en proportion du PIB d’Eurostat',
  // The data file's own unit names (data/sources.csv).
  'data_unit.ratio': '',
  'data_unit.million': 'millions',
  'data_unit.% of defence spending': '% des dépenses de défense',
  'data_unit.% GDP': '% du PIB',
  'data_unit.EUR bn': 'Md\u00a0€',
  'data_unit.%': '%',
  'data_unit.year': '',
};
