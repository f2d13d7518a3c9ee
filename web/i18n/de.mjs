// The page's German: every sentence it shows, by key, worded as the German
// press and the Bundeswehr's ministry would. Same keys and placeholders as
// en.mjs; the terms chosen are listed in docs/i18n/de.md.

export default {
  'page.title': 'Rechner: Zielkonflikte bei den Verteidigungsausgaben',
  'page.intro':
    'Die NATO verlangt von ihren Verbündeten bis {year} Kernverteidigungsausgaben von {core} des BIP; die EU fordert sie auf, gemeinsam zu beschaffen. Verschieben Sie die Regler, um zu sehen, was jede Entscheidung kostet, was sie bringt und was davon angerechnet wird.',
  'page.loading': 'Das Modell wird geladen…',
  'page.footer':
    'Das Modell, seine Gleichungen und die Quelle jeder Zahl sind in docs/model.md des Projekts beschrieben. Diese Seite rechnet in Ihrem Browser und übermittelt keinerlei Daten.',
  'page.failed': 'Der Rechner konnte nicht gestartet werden: {detail}',
  'page.summary': 'In Kürze',
  'page.open_full': 'Vollständigen Rechner öffnen',
  'country.label': 'Land',
  'language.label': 'Sprache',
  'country.eu_total': {
    one: 'EU insgesamt ({members} Mitgliedstaat)',
    other: 'EU insgesamt ({members} Mitgliedstaaten)',
  },
  'country.eu_total.name': 'EU insgesamt',
  'country.group.eu': 'EU-Mitgliedstaaten',
  'country.group.other': 'Außerhalb der EU',
  'country.eu_total.members': 'die {members} EU-Mitgliedstaaten',

  'group.nato': 'NATO-Ziel und Ausgabenpfad',
  'group.pooling': 'Gemeinsam beschaffen',
  'group.financing': 'Finanzierung',
  'group.economy': 'Wirtschaft und Zeitraum',
  'group.more': 'Weitere Einstellungen',
  'lever.reset': 'Zurücksetzen',
  'lever.reset.label': '{label} auf {value} zurücksetzen',
  'lever.reset_all': 'Alle Einstellungen zurücksetzen',
  'levers.label': 'Einstellungen',

  'lever.end_year': 'Letztes angezeigtes Jahr',
  'lever.nato.core_target_pct_gdp': 'NATO-Ziel für Kernverteidigungsausgaben',
  'lever.nato.related_target_pct_gdp': 'NATO-Ziel für verteidigungsrelevante Ausgaben',
  'lever.nato.target_year': 'Jahr, in dem die Ziele erreicht sein sollen',
  'lever.spending.path': 'Verteidigungshaushalte',
  'lever.spending.path.nato_target': 'steigen auf das NATO-Ziel',
  'lever.spending.path.constant_share': 'bleiben beim heutigen BIP-Anteil',
  'lever.spending.path.custom': 'erreichen den unten eingestellten Wert',
  'lever.spending.custom_pct_gdp': 'Im Zieljahr erreichter Wert',
  'lever.spending.non_nato_follow_target': 'EU-Mitgliedstaaten außerhalb der NATO ({countries}) folgen demselben Pfad',
  'lever.pooling.joint_share_pct.start': 'Heute gemeinsam beschaffte Ausrüstung',
  'lever.pooling.joint_share_pct.end': 'Gemeinsam beschaffte Ausrüstung, Zielwert',
  'lever.pooling.joint_share_pct.end_year': 'Jahr, in dem das Ziel für die gemeinsame Beschaffung erreicht wird',
  'lever.pooling.joint_saving_pct': 'Einsparung durch gemeinsame Beschaffung',
  'lever.pooling.eu_fund_eur_bn': 'Gemeinsamer Europäischer Verteidigungsfonds, alle Mitgliedstaaten zusammen',
  'lever.pooling.eu_fund_saving_pct': 'Einsparung durch den EU-Fonds',
  'lever.pooling.eu_fund_counts_as_related_pct':
    'Anteil der Zahlungen in den EU-Fonds, den die NATO als verteidigungsrelevante Ausgaben anrechnet',
  'lever.pooling.eu_fund_financing': 'Zahlungen in den EU-Fonds erfolgen',
  'lever.pooling.eu_fund_financing.on_top': 'zusätzlich zum Verteidigungshaushalt',
  'lever.pooling.eu_fund_financing.from_defence_budget': 'aus dem Verteidigungshaushalt',
  'lever.industry.european_share_national_pct': 'Europäischer Anteil an nationalen Beschaffungen',
  'lever.industry.european_share_joint_pct': 'Europäischer Anteil an gemeinsamen Beschaffungen',
  'lever.industry.european_share_eu_fund_pct': 'Europäischer Anteil an Beschaffungen aus dem EU-Fonds',
  'lever.financing.borrowed_share_pct': 'Kreditfinanzierter Anteil der Mehrausgaben',
  'lever.financing.use_safe_loans': 'Wo möglich SAFE-Kredite der EU nutzen',
  'lever.financing.safe_last_year': 'Letztes Jahr der Vergabe von SAFE-Krediten',
  'lever.financing.eu_rate_pct': 'Zinssatz, zu dem die EU Kredite aufnimmt',
  'lever.economy.nominal_growth_pct': 'Nominales BIP-Wachstum',

  // A number in each of the model's units (wording.mjs).
  'value.none': '{value}',
  'value.year': '{value}',
  'value.flag': '{value}',
  'value.pct': '{value}\u00a0%',
  'value.pct_gdp': '{value}\u00a0% des BIP',
  'value.pct_per_year': '{value}\u00a0% pro Jahr',
  'value.eur': '{value}\u00a0Euro',
  'value.eur_bn': '{value}\u00a0Mrd. Euro',
  'value.eur_bn_per_year': '{value}\u00a0Mrd. Euro pro Jahr',

  // The model's rules (docs/model.md section 11.1), as the page words them.
  'rule.between': 'muss zwischen {min} und {max} liegen (angegeben: {got})',
  'rule.at_least': 'muss mindestens {min} betragen (angegeben: {got})',
  'rule.at_most': 'darf höchstens {max} betragen (angegeben: {got})',
  'rule.whole_number': 'muss eine ganze Zahl sein (angegeben: {got})',
  'rule.finite': 'muss eine endliche Zahl sein',
  'rule.type': 'muss {expected} sein',
  'rule.one_of': 'muss einer der folgenden Werte sein: {choices}',
  'rule.far_outside': 'liegt weit außerhalb jedes möglichen Werts',
  'rule.not_negative': 'darf nicht negativ sein',
  'rule.country_code': '\u201e{got}\u201c ist kein Land aus den Daten',
  'expected.number': 'eine Zahl',
  'expected.whole_number': 'eine ganze Zahl',
  'expected.boolean': 'ein Wahrheitswert (true oder false)',
  'expected.string': 'ein Text',
  'expected.object': 'eine Gruppe von Einstellungen',
  'expected.country_code': 'ein Ländercode',
  'expected.countries': 'eine Menge oder Liste von Ländern',

  // The model's notes (docs/model.md section 7.3).
  'note.eu_fund_cut':
    '{country}: Ab {year} übersteigt die Zahlung in den EU-Fonds den Verteidigungshaushalt, aus dem sie stammt; sie wird daher auf diesen Haushalt begrenzt, und für nationale Ausgaben bleibt nichts übrig.',
  'note.horizon_before_target':
    'Die Zahlen reichen nur bis {end_year}, also nicht bis zu dem Jahr, in dem die NATO-Ziele erreicht sein sollen ({target_year}).',
  'note.nato_denominator':
    '{country}: Die NATO-Anteile beziehen sich auf das eigene Maß der NATO für die Wirtschaftsleistung des Landes, das {factor}-Fache des BIP laut Eurostat, damit die Euro-Beträge mit denen der NATO übereinstimmen.',

  // The data's provenance flags (data/flags.csv), translated.
  'flag.defence_sipri_2024':
    'Kein NATO-Mitglied: Die Verteidigungsausgaben sind der BIP-Anteil für 2024 laut SIPRI, nach einer weiter gefassten Definition als die Kernverteidigungsausgaben der NATO',
  'flag.equipment_share_fallback_eu_allies_weighted_mean':
    'Keine NATO-Angabe zur Ausrüstung: Der Ausrüstungsanteil ist der nach Ausgaben gewichtete Mittelwert der 23 EU-Mitgliedstaaten in der NATO (34,27\u00a0%)',
  'flag.defence_2021_sipri': 'Der Ausgangswert 2021 für die Ausweichklausel stammt von SIPRI, nicht von der NATO',
  'flag.yield_2024':
    'Die Rendite zehnjähriger Staatsanleihen ist der Durchschnitt 2024: Ein Wert für 2025 lag nicht vor',
  'flag.yield_fallback_eu_median_2025':
    'Keine verlässliche Rendite zehnjähriger Staatsanleihen: Ersatzweise gilt der Median der Werte der EU-Mitgliedstaaten für 2025 (3,17\u00a0%)',
  'flag.gdp_2024_worldbank_usd_converted':
    'Das BIP ist der Wert der Weltbank für 2024 in US-Dollar, umgerechnet zum durchschnittlichen Wechselkurs der EZB für 2024',
  'flag.yield_2024_boe_via_statista':
    'Die Rendite zehnjähriger Staatsanleihen ist die durchschnittliche Rendite britischer Staatsanleihen (Gilts) 2024 (Zeitreihe der Bank of England, zitiert nach Statista)',
  'flag.gdp_2024_derived_from_nato':
    'Das BIP ist aus den Ausgaben und dem BIP-Anteil laut NATO für 2024 abgeleitet, umgerechnet zum durchschnittlichen Wechselkurs der EZB für 2024 (rundungsbedingt etwa ±0,3\u00a0%)',
  'flag.nato_gdp_basis_gni':
    'Die NATO berechnet den Anteil dieses Landes auf Basis des Bruttonationaleinkommens (BNE), nicht des BIP: Seine Anteile beziehen sich auf den Nenner der NATO (das 0,676-Fache des BIP laut Eurostat), sonst lägen seine Euro-Beträge um etwa 48\u00a0% zu hoch',
  'flag.nato_gdp_basis_differs':
    'Das BIP dieses Landes liegt bei der NATO etwa 11\u00a0% unter dem Wert von Eurostat: Seine Anteile beziehen sich auf den Nenner der NATO (das 0,897-Fache des BIP laut Eurostat), sonst lägen seine Euro-Beträge um etwa 11\u00a0% zu hoch',

  // The model's unit ids (describe().units).
  'unit.pct_gdp': '% des BIP',
  'unit.eur_bn': 'Mrd. €',
  'unit.eur_bn_per_year': 'Mrd. € pro Jahr',
  'unit.eur': '€',
  'unit.pct': '%',
  'unit.pct_per_year': '% pro Jahr',
  'unit.year': '',
  'unit.flag': '',
  'unit.points': '{value}\u00a0Prozentpunkte',
  'unit.points.short': '{value}\u00a0Pp.',

  'headline.spend':
    '{country} im Jahr {year}: Die Verteidigungsausgaben lägen bei {effort}, das sind {effortPct} des BIP oder {perCapita} pro Kopf \u2013 {extra} pro Jahr {moreOrLess} als bei unverändertem BIP-Anteil.',
  'headline.spend.eu':
    'Im Jahr {year} würden {country} zusammen {effort} für Verteidigung ausgeben, {effortPct} ihres BIP oder {perCapita} pro Kopf \u2013 {extra} pro Jahr {moreOrLess} als bei unverändertem BIP-Anteil.',
  'headline.more': 'mehr',
  'headline.less': 'weniger',
  'headline.nato.meets': 'Damit ist das NATO-Ziel von {target} für Kernverteidigungsausgaben erreicht.',
  'headline.nato.short':
    'Bis zum NATO-Ziel von {target} für Kernverteidigungsausgaben fehlen damit {gap} (angerechnet werden {core}).',
  'headline.nato.not_ally': '{country} ist kein NATO-Mitglied, die Ziele der NATO gelten daher nicht.',
  'headline.nato.partial':
    'Für die NATO-Verbündeten unter ihnen rechnet die NATO {core} des BIP an, bei einem Ziel von {target}.',
  'headline.pooling':
    'Durch gemeinsame Beschaffung und den EU-Fonds bringen diese Ausgaben militärische Fähigkeiten im Wert von {capability}, {gain} mehr als bei rein nationaler Beschaffung; {share} der Ausgaben für Ausrüstung fließen an die europäische Industrie.',
  'headline.debt':
    'Die Kreditfinanzierung der Mehrausgaben erhöht die Staatsverschuldung bis {year} um {debt} des BIP.',
  'headline.debt.none': 'Nichts davon wird über Kredite finanziert, die Staatsverschuldung steigt daher nicht.',

  'figure.effort': 'Verteidigungsausgaben {year}',
  'figure.extra': 'Mehr als bei unverändertem BIP-Anteil',
  'figure.nato': 'NATO-Kernverteidigungsausgaben',
  'figure.pooling': 'Gewinn durch Bündelung',
  'figure.debt': 'Staatsverschuldung',
  'figure.per_citizen': '{value} pro Kopf',
  'figure.of_gdp': '{value} des BIP',
  'figure.target': 'Zielwert {value}',
  'figure.nato.allies': {
    one: 'für den {allies} NATO-Verbündeten unter ihnen',
    other: 'für die {allies} NATO-Verbündeten unter ihnen',
  },
  'figure.meets': 'Ziel erreicht',
  'figure.short': 'Ziel verfehlt',
  'figure.not_ally': 'kein NATO-Mitglied',
  'figure.european_share': '{value} an die europäische Industrie',
  'figure.debt_points': '{value} des BIP',
  'figure.baseline': 'Heutige Planung: {value}',

  'chart.path.title': 'Verteidigungsausgaben {from}\u2013{to}',
  'chart.path.caption':
    'Anteil am BIP: nationale Beschaffung, gemeinsame Beschaffung und Zahlungen in den EU-Fonds, verglichen mit dem NATO-Zielpfad für Kernverteidigungsausgaben. Gestrichelt: heutige Planung (die Standardwerte).',
  'chart.path.caption.eu': {
    one: 'Für die EU insgesamt bezieht sich der NATO-Pfad auf den {allies} NATO-Verbündeten unter den Mitgliedstaaten.',
    other:
      'Für die EU insgesamt bezieht sich der NATO-Pfad auf die {allies} NATO-Verbündeten unter den Mitgliedstaaten.',
  },
  'chart.path.national': 'Nationale Ausgaben',
  'chart.path.joint': 'Gemeinsame Beschaffung',
  'chart.path.fund': 'EU-Fonds',
  'chart.path.target': 'NATO-Zielpfad (Kernverteidigungsausgaben)',
  'chart.path.baseline': 'Heutige Planung',
  'chart.path.summary': '{country}: {effortPct} des BIP im Jahr {year}, bei einem NATO-Pfad von {target}.',
  'chart.frontier.title': 'Der Zielkonflikt im Jahr {year}: gleiches Geld, national oder gebündelt',
  'chart.frontier.caption':
    'Jeder Punkt verlagert einen größeren Teil desselben Gesamtaufwands von den nationalen Haushalten in den EU-Fonds: mehr militärische Fähigkeiten, weniger Anrechnung durch die NATO. Markiert sind das aktuelle Szenario und der größte gebündelte Anteil, mit dem das NATO-Ziel für Kernverteidigungsausgaben noch erreicht wird.',
  'chart.frontier.caption.not_ally':
    'Kein NATO-Mitglied: Die Kurve zeigt die militärischen Fähigkeiten in Abhängigkeit vom Anteil des Aufwands, der im EU-Fonds gebündelt wird.',
  'chart.frontier.eu_total':
    'Die Kurve wird jeweils für ein einzelnes Land gezeichnet: Wählen Sie oben ein Land aus, um sie zu sehen.',
  'chart.frontier.x.nato': 'NATO-Kernverteidigungsausgaben, % des BIP',
  'chart.frontier.x.pooled': 'Im EU-Fonds gebündelter Anteil des Aufwands, %',
  'chart.frontier.y': 'Militärische Fähigkeiten, Mrd. €',
  'chart.frontier.target': 'NATO-Ziel',
  'chart.frontier.legend.current':
    'Aktuell: {core} des BIP von der NATO angerechnet, militärische Fähigkeiten im Wert von {capability}',
  'chart.frontier.legend.current.not_ally':
    'Aktuell: {share} des Aufwands gebündelt, militärische Fähigkeiten im Wert von {capability}',
  'chart.frontier.legend.pstar': 'Größte Bündelung, die das NATO-Ziel noch erfüllt: {share} des Aufwands',
  'chart.frontier.legend.baseline': 'Heutige Planung',
  'chart.frontier.summary':
    '{country} im Jahr {year}: Bei vollständiger Bündelung des Aufwands ergäben sich militärische Fähigkeiten im Wert von {maxCapability}, und die NATO würde {minCore} des BIP anrechnen; im Szenario sind es {capability}.',
  'chart.ranking.title': 'Alle Länder im Jahr {year}',
  'chart.ranking.metric': 'Sortieren nach',
  'chart.ranking.extra_per_capita_eur': 'Mehrausgaben pro Kopf (€)',
  'chart.ranking.nato_core_gap_eur_bn': 'Lücke zum NATO-Ziel für Kernverteidigungsausgaben (Mrd. €)',
  'chart.ranking.total_effort_pct_gdp': 'Verteidigungsausgaben (% des BIP)',
  'chart.ranking.caption': 'Balken: dieses Szenario. Gestrichelte Markierungen: heutige Planung (die Standardwerte).',
  'chart.ranking.not_ally': 'nicht in der NATO',
  'chart.ranking.summary': 'Höchster Wert: {first} ({firstValue}); niedrigster Wert: {last} ({lastValue}).',

  'chart.table.show': 'Als Tabelle anzeigen',
  'chart.table.year': 'Jahr',

  'error.lever': '{label}: {detail}',
  'error.not_a_number': 'keine Zahl',
  'error.too_large': 'Zahl zu groß',
  'error.url.unknown': 'Die Einstellung \u201e{key}\u201c im Link ist dem Rechner nicht bekannt und wird ignoriert.',
  'error.url.country': 'Das Land \u201e{value}\u201c im Link ist nicht in der Liste enthalten und wird ignoriert.',
  'error.url.value':
    'Der Wert \u201e{value}\u201c für {label} im Link ist nicht verwendbar ({detail}) und wird ignoriert.',
  'error.url.refused': 'Der Wert für {label} im Link wurde abgelehnt ({detail}); es gilt weiterhin {kept}.',
  'error.url.boolean': '\u201etrue\u201c oder \u201efalse\u201c',
  'error.url.integer': 'eine ganze Zahl',
  'error.url.option':
    'Der Wert \u201e{value}\u201c für {key} im Link ist nicht zulässig (möglich: {allowed}) und wird ignoriert.',
  'error.url.repeated': 'Der Link enthält \u201e{key}\u201c mehrmals: Es gilt der letzte Wert.',
  'error.url.version':
    'Das Format \u201e{value}\u201c des Links ist diesem Rechner nicht bekannt: Der Link wird im aktuellen Format gelesen.',
  'error.url.too_many_levers': 'Eine Karte zeigt höchstens {max} Einstellungen: Angezeigt werden die ersten {max}.',
  'error.url.too_long': 'Der Link ist zu lang, um gelesen zu werden: Es werden die Standardwerte angezeigt.',
  'error.story.refused': 'Der für {label} angeforderte Wert wurde abgelehnt ({detail}); es gilt weiterhin {kept}.',
  'error.story.chart': 'Eine Grafik \u201e{value}\u201c gibt es nicht; die Angabe wird ignoriert.',
  'error.story.metric': 'Eine Rangliste \u201e{value}\u201c gibt es nicht; die Angabe wird ignoriert.',
  'error.story.figure': 'Eine Kennzahl \u201e{value}\u201c gibt es nicht; die Angabe wird ignoriert.',
  'error.kept': 'Die angezeigten Zahlen beruhen auf den zuletzt gültigen Einstellungen.',

  'notes.title': 'Hinweise',

  'download.open': 'Herunterladen',
  'download.csv': 'Daten aller Länder (CSV)',
  'download.json': 'Szenario (JSON, für das Kommandozeilenprogramm)',
  'download.chart': 'Grafik „{chart}“ ({format})',
  'download.done': '{file} heruntergeladen.',
  'download.failed': 'Die Datei konnte nicht erstellt werden: {reason}',
  'download.link': 'Szenario: {link}',
  'share.open': 'Teilen / Einbetten',
  'share.title': 'Dieses Szenario teilen oder einbetten',
  'share.link': 'Link zu diesem Szenario',
  'share.copy_link': 'Link kopieren',
  'share.embed': 'In einen Artikel einbetten',
  'share.view': 'Anzeigen',
  'share.view.card': 'eine Karte: Kernaussage, Kennzahlen, eine Grafik, einige Einstellungen',
  'share.view.chart': 'eine Grafik',
  'share.view.full': 'den gesamten Rechner',
  'share.chart': 'Grafik',
  'share.chart.path': 'Ausgabenpfad',
  'share.chart.frontier': 'national oder gebündelt',
  'share.chart.ranking': 'alle Länder',
  'share.lock': 'Länderauswahl ausblenden',
  'share.lang': 'Sprache',
  'share.theme': 'Farben',
  'share.theme.auto': 'wie auf dem Gerät der Leserinnen und Leser eingestellt',
  'share.theme.light': 'hell',
  'share.theme.dark': 'dunkel',
  'share.levers': 'Einstellungen auf der Karte (bis zu {max})',
  'share.snippet': 'Code zum Einfügen in den Artikel',
  'share.copy_snippet': 'Code kopieren',
  'share.copied': 'Kopiert.',
  'share.copy_manually': 'Der Text ist markiert: Kopieren Sie ihn mit der Tastatur.',
  'share.preview': 'Vorschau',
  'share.close': 'Schließen',
  'sources.title': 'Datenquellen und Datenstände',
  'sources.line': 'Quellen: {publishers}. Datenstand {data}, Modell {model}.',
  'sources.intro':
    'Jede Zahl stammt aus diesen Daten und den Gleichungen des Modells (docs/model.md). Modell {model}, Datenstand {data}.',
  'sources.column': 'Kennzahl',
  'sources.value': 'Wert',
  'sources.source': 'Quelle',
  'sources.vintage': 'Stand',
  'sources.flags': 'Weniger belastbare Zahlen: {country}',
  'sources.flags.none': '{country}: Keine Zahl ist als weniger belastbar gekennzeichnet.',
  'sources.flags.eu': 'Gekennzeichnete Zahlen der Mitgliedstaaten',
  'sources.flags.item': '{country}: {flags}',

  'column.gdp_eur_bn': 'BIP',
  'column.gdp_year': 'Bezugsjahr des BIP',
  'column.population_m': 'Bevölkerung',
  'column.defence_pct_gdp': 'Verteidigungsausgaben heute',
  'column.defence_year': 'Bezugsjahr der Verteidigungsausgaben',
  'column.defence_pct_gdp_2021': 'Verteidigungsausgaben 2021',
  'column.equipment_share_pct': 'Anteil der Ausrüstung an den Verteidigungsausgaben',
  'column.debt_pct_gdp': 'Staatsverschuldung',
  'column.bond_yield_10y_pct': 'Rendite zehnjähriger Staatsanleihen',
  'column.eu_gni_share_pct': 'Anteil an den BNE-Beiträgen zur EU',
  'column.safe_allocation_eur_bn': 'Zugeteilte SAFE-Kredite',
  'column.nato_gdp_factor': 'Nenner der NATO als Anteil am BIP laut Eurostat',
  // The data file's own unit names (data/sources.csv).
  'data_unit.ratio': '',
  'data_unit.million': 'Mio.',
  'data_unit.% of defence spending': '% der Verteidigungsausgaben',
  'data_unit.% GDP': '% des BIP',
  'data_unit.EUR bn': 'Mrd. €',
  'data_unit.%': '%',
  'data_unit.year': '',
};
