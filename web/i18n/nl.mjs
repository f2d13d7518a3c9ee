// The page's Dutch: every sentence of en.mjs as Dutch newsrooms and the
// Ministry of Defence would word it, with the same keys and placeholders as
// en.mjs (docs/i18n/nl.md lists the terms chosen).

export default {
  'page.title': 'Rekentool defensie-afwegingen',
  'page.intro':
    'De NAVO vraagt bondgenoten om uiterlijk in {year} {core} van het bbp aan kerndefensie te besteden; de EU vraagt hen gezamenlijk aan te schaffen. Verschuif de schuifjes om te zien wat elke keuze kost, wat die oplevert en wat meetelt.',
  'page.loading': 'Het model wordt geladen…',
  'page.footer':
    'Het model, de vergelijkingen en de bron van elk cijfer staan beschreven in docs/model.md van het project. Deze pagina rekent in je browser en verstuurt niets.',
  'page.failed': 'De rekentool kon niet starten: {detail}',
  'page.summary': 'In het kort',
  'page.open_full': 'Open de volledige rekentool',
  'country.label': 'Land',
  'language.label': 'Taal',
  'country.eu_total': {
    one: 'EU-totaal ({members} lidstaat)',
    other: 'EU-totaal ({members} lidstaten)',
  },
  'country.eu_total.name': 'de EU',
  'country.group.eu': 'EU-lidstaten',
  'country.group.other': 'Buiten de EU',
  'country.eu_total.members': 'de {members} lidstaten van de EU',

  'group.nato': 'NAVO-norm en uitgavenpad',
  'group.pooling': 'Gezamenlijke aanschaf',
  'group.financing': 'Financiering',
  'group.economy': 'Economie en tijdshorizon',
  'group.more': 'Meer instellingen',
  'lever.reset': 'Terugzetten',
  'lever.reset.label': '{label} terugzetten op {value}',
  'lever.reset_all': 'Alle instellingen terugzetten',
  'levers.label': 'Instellingen',

  'lever.end_year': 'Laatst getoonde jaar',
  'lever.nato.core_target_pct_gdp': 'NAVO-norm voor kerndefensie-uitgaven',
  'lever.nato.related_target_pct_gdp': 'NAVO-norm voor defensiegerelateerde uitgaven',
  'lever.nato.target_year': 'Jaar waarin de normen gehaald moeten zijn',
  'lever.spending.path': 'Defensiebegrotingen',
  'lever.spending.path.nato_target': 'stijgen tot de NAVO-norm',
  'lever.spending.path.constant_share': 'blijven op het huidige aandeel van het bbp',
  'lever.spending.path.custom': 'gaan naar het niveau hieronder',
  'lever.spending.custom_pct_gdp': 'Niveau dat in het doeljaar wordt bereikt',
  'lever.spending.non_nato_follow_target': 'EU-lidstaten buiten de NAVO ({countries}) volgen hetzelfde pad',
  'lever.pooling.joint_share_pct.start': 'Gezamenlijk aangeschaft materieel, nu',
  'lever.pooling.joint_share_pct.end': 'Gezamenlijk aangeschaft materieel, doel',
  'lever.pooling.joint_share_pct.end_year': 'Jaar waarin het doel voor gezamenlijke aanschaf wordt bereikt',
  'lever.pooling.joint_saving_pct': 'Besparing door gezamenlijke aanschaf',
  'lever.pooling.eu_fund_eur_bn': 'Gemeenschappelijk Europees Defensiefonds, alle lidstaten samen',
  'lever.pooling.eu_fund_saving_pct': 'Besparing via het EU-fonds',
  'lever.pooling.eu_fund_counts_as_related_pct':
    'Deel van de betalingen aan het EU-fonds dat de NAVO als defensiegerelateerd meetelt',
  'lever.pooling.eu_fund_financing': 'Betalingen aan het EU-fonds komen',
  'lever.pooling.eu_fund_financing.on_top': 'bovenop de defensiebegroting',
  'lever.pooling.eu_fund_financing.from_defence_budget': 'uit de defensiebegroting',
  'lever.industry.european_share_national_pct': 'Aandeel Europese industrie in nationale aankopen',
  'lever.industry.european_share_joint_pct': 'Aandeel Europese industrie in gezamenlijke aankopen',
  'lever.industry.european_share_eu_fund_pct': 'Aandeel Europese industrie in aankopen via het EU-fonds',
  'lever.financing.borrowed_share_pct': 'Deel van de extra uitgaven dat wordt geleend',
  'lever.financing.use_safe_loans': 'Waar mogelijk lenen via de SAFE-leningen van de EU',
  'lever.financing.safe_last_year': 'Laatste jaar met SAFE-leningen',
  'lever.financing.eu_rate_pct': 'Rente waartegen de EU leent',
  'lever.economy.nominal_growth_pct': 'Nominale groei van het bbp',

  // A number in each of the model's units (wording.mjs).
  'value.none': '{value}',
  'value.year': '{value}',
  'value.flag': '{value}',
  'value.pct': '{value}%',
  'value.pct_gdp': '{value}% van het bbp',
  'value.pct_per_year': '{value}% per jaar',
  'value.eur': '{value} euro',
  'value.eur_bn': '{value} miljard euro',
  'value.eur_bn_per_year': '{value} miljard euro per jaar',

  // The model's rules (docs/model.md section 11.1), as the page words them.
  'rule.between': 'moet tussen {min} en {max} liggen (ingevoerd: {got})',
  'rule.at_least': 'moet minstens {min} zijn (ingevoerd: {got})',
  'rule.at_most': 'mag hoogstens {max} zijn (ingevoerd: {got})',
  'rule.whole_number': 'moet een geheel getal zijn (ingevoerd: {got})',
  'rule.finite': 'moet een eindig getal zijn',
  'rule.type': 'moet {expected} zijn',
  'rule.one_of': 'moet een van deze waarden zijn: {choices}',
  'rule.far_outside': 'ligt ver buiten elke mogelijke waarde',
  'rule.not_negative': 'mag niet negatief zijn',
  'rule.country_code': '\u2018{got}\u2019 is geen land in de gegevens',
  'expected.number': 'een getal',
  'expected.whole_number': 'een geheel getal',
  'expected.boolean': 'waar of onwaar',
  'expected.string': 'een tekst',
  'expected.object': 'een groep instellingen',
  'expected.country_code': 'een landcode',
  'expected.countries': 'een verzameling of lijst van landen',

  // The model's notes (docs/model.md section 7.3).
  'note.eu_fund_cut':
    '{country}: vanaf {year} is de bijdrage aan het EU-fonds groter dan de defensiebegroting waaruit die wordt betaald; de bijdrage wordt daarom tot die begroting beperkt en er blijft niets over voor nationale uitgaven.',
  'note.horizon_before_target':
    'De cijfers lopen tot {end_year}, vóór het jaar waarin de NAVO-normen gehaald moeten zijn ({target_year}).',
  'note.nato_denominator':
    '{country}: de NAVO-percentages worden toegepast op de eigen maatstaf van de NAVO voor de economie van het land, {factor} keer het bbp volgens Eurostat, zodat de bedragen in euro overeenkomen met die van de NAVO.',

  // The data's provenance flags (data/flags.csv, translated).
  'flag.defence_sipri_2024':
    'Geen NAVO-bondgenoot: de defensie-uitgaven zijn het aandeel in het bbp over 2024 volgens SIPRI, een ruimere definitie dan de kerndefensie-uitgaven van de NAVO',
  'flag.equipment_share_fallback_eu_allies_weighted_mean':
    'Geen NAVO-cijfer voor materieel: het materieelaandeel is het naar uitgaven gewogen gemiddelde van de 23 EU-bondgenoten (34,27%)',
  'flag.defence_2021_sipri': 'De uitgangswaarde voor 2021 van de ontsnappingsclausule komt van SIPRI, niet van de NAVO',
  'flag.yield_2024': 'De tienjaarsrente is het gemiddelde over 2024: er was geen waarde voor 2025 beschikbaar',
  'flag.yield_fallback_eu_median_2025':
    'Geen betrouwbare tienjaarsrente: de mediaan van de waarden van de EU-lidstaten over 2025 (3,17%) dient als vervanging',
  'flag.gdp_2024_worldbank_usd_converted':
    'Het bbp is het cijfer van de Wereldbank over 2024 in Amerikaanse dollars, omgerekend tegen de gemiddelde koers van de ECB in 2024',
  'flag.yield_2024_boe_via_statista':
    'De tienjaarsrente is het gemiddelde rendement op Britse staatsobligaties in 2024 (reeks van de Bank of England, zoals weergegeven door Statista)',
  'flag.gdp_2024_derived_from_nato':
    'Het bbp is afgeleid uit de defensie-uitgaven over 2024 en het aandeel daarvan in het bbp volgens de NAVO, omgerekend tegen de gemiddelde koers van de ECB in 2024 (ongeveer +/-0,3% door afronding)',
  'flag.nato_gdp_basis_gni':
    'De NAVO berekent het aandeel van dit land over het bni, niet over het bbp: de percentages gelden voor de noemer van de NAVO (0,676 keer het bbp volgens Eurostat), anders zouden de bedragen in euro ongeveer 48% te hoog uitvallen',
  'flag.nato_gdp_basis_differs':
    'Het bbp dat de NAVO voor dit land hanteert, ligt ongeveer 11% lager dan dat van Eurostat: de percentages gelden voor de noemer van de NAVO (0,897 keer het bbp volgens Eurostat), anders zouden de bedragen in euro ongeveer 11% te hoog uitvallen',

  // The model's unit ids (describe().units).
  'unit.pct_gdp': '% van het bbp',
  'unit.eur_bn': 'mld. €',
  'unit.eur_bn_per_year': 'mld. € per jaar',
  'unit.eur': '€',
  'unit.pct': '%',
  'unit.pct_per_year': '% per jaar',
  'unit.year': '',
  'unit.flag': '',
  'unit.points': '{value}\u00a0procentpunt',
  'unit.points.short': '{value}\u00a0%-punt',

  'headline.spend':
    'In {year} zou {country} {effort} aan defensie uitgeven, {effortPct} van het bbp of {perCapita} per inwoner: {extra} per jaar {moreOrLess} dan wanneer het huidige aandeel van het bbp gelijk blijft.',
  'headline.spend.eu':
    'In {year} zouden {country} samen {effort} aan defensie uitgeven, {effortPct} van hun bbp of {perCapita} per inwoner: {extra} per jaar {moreOrLess} dan wanneer hun huidige aandeel van het bbp gelijk blijft.',
  'headline.more': 'meer',
  'headline.less': 'minder',
  'headline.nato.meets': 'Daarmee wordt de NAVO-norm van {target} voor kerndefensie-uitgaven gehaald.',
  'headline.nato.short':
    'Dat is {gap} te weinig voor de NAVO-norm van {target} voor kerndefensie-uitgaven (meegeteld: {core}).',
  'headline.nato.not_ally': '{country} is geen lid van de NAVO, dus de NAVO-normen gelden niet.',
  'headline.nato.partial':
    'Voor de NAVO-bondgenoten onder hen telt de NAVO {core} van het bbp mee, tegenover een norm van {target}.',
  'headline.pooling':
    'Door gezamenlijke aanschaf en het EU-fonds levert dat {capability} aan militaire capaciteit op (materieel en troepen), {gain} meer dan bij zelfstandige aanschaf; {share} van het geld voor materieel gaat naar de Europese industrie.',
  'headline.debt': 'Lenen voor de extra uitgaven laat de overheidsschuld tot {year} oplopen met {debt} van het bbp.',
  'headline.debt.none': 'Er wordt niets van geleend, dus de overheidsschuld stijgt niet.',

  'figure.effort': 'Defensie-uitgaven in {year}',
  'figure.extra': 'Meer dan bij het huidige aandeel van het bbp',
  'figure.nato': 'Kerndefensie-uitgaven (NAVO)',
  'figure.pooling': 'Winst door bundeling',
  'figure.debt': 'Overheidsschuld',
  'figure.per_citizen': '{value} per inwoner',
  'figure.of_gdp': '{value} van het bbp',
  'figure.target': 'norm {value}',
  'figure.nato.allies': {
    one: 'voor de {allies} NAVO-bondgenoot onder hen',
    other: 'voor de {allies} NAVO-bondgenoten onder hen',
  },
  'figure.meets': 'haalt de norm',
  'figure.short': 'haalt de norm niet',
  'figure.not_ally': 'geen NAVO-bondgenoot',
  'figure.european_share': '{value} naar de Europese industrie',
  'figure.debt_points': '{value} van het bbp',
  'figure.baseline': 'Huidige plannen: {value}',

  'chart.path.title': 'Defensie-uitgaven, {from}\u2013{to}',
  'chart.path.caption':
    'Aandeel van het bbp: nationale aankopen, gezamenlijke aanschaf en betalingen aan het EU-fonds, afgezet tegen het NAVO-pad voor kerndefensie-uitgaven. Stippellijn: de huidige plannen (de standaardinstellingen).',
  'chart.path.caption.eu': {
    one: 'Voor het EU-totaal geldt het NAVO-pad voor de {allies} bondgenoot onder de lidstaten.',
    other: 'Voor het EU-totaal geldt het NAVO-pad voor de {allies} bondgenoten onder de lidstaten.',
  },
  'chart.path.national': 'Nationale uitgaven',
  'chart.path.joint': 'Gezamenlijke aanschaf',
  'chart.path.fund': 'EU-fonds',
  'chart.path.target': 'NAVO-pad voor kerndefensie-uitgaven',
  'chart.path.baseline': 'Huidige plannen',
  'chart.path.summary': '{country}: {effortPct} van het bbp in {year}, tegenover een NAVO-pad van {target}.',
  'chart.frontier.title': 'De afweging in {year}: hetzelfde geld, nationaal of gebundeld',
  'chart.frontier.caption':
    'Elk punt verschuift een groter deel van dezelfde totale inspanning van de nationale begroting naar het EU-fonds: meer militaire capaciteit, maar minder dat de NAVO meetelt. Gemarkeerd: het huidige scenario en het grootste gebundelde deel waarmee de NAVO-norm voor kerndefensie-uitgaven nog wordt gehaald.',
  'chart.frontier.caption.not_ally':
    'Geen NAVO-bondgenoot: de curve zet de militaire capaciteit af tegen het deel van de inspanning dat in het EU-fonds wordt gebundeld.',
  'chart.frontier.eu_total': 'De curve wordt per land getekend: kies hierboven een land om die te zien.',
  'chart.frontier.x.nato': 'Kerndefensie-uitgaven volgens de NAVO, % van het bbp',
  'chart.frontier.x.pooled': 'Deel van de inspanning gebundeld in het EU-fonds, %',
  'chart.frontier.y': 'Militaire capaciteit, mld. €',
  'chart.frontier.target': 'NAVO-norm',
  'chart.frontier.legend.current':
    'Nu: {core} van het bbp meegeteld door de NAVO, {capability} aan militaire capaciteit',
  'chart.frontier.legend.current.not_ally':
    'Nu: {share} van de inspanning gebundeld, {capability} aan militaire capaciteit',
  'chart.frontier.legend.pstar': 'Meeste bundeling waarmee de NAVO-norm nog wordt gehaald: {share} van de inspanning',
  'chart.frontier.legend.baseline': 'Huidige plannen',
  'chart.frontier.summary':
    '{country} in {year}: de hele inspanning bundelen levert {maxCapability} aan militaire capaciteit op en {minCore} van het bbp dat de NAVO meetelt; het scenario levert {capability} op.',
  'chart.ranking.title': 'Alle landen in {year}',
  'chart.ranking.metric': 'Rangschikken op',
  'chart.ranking.extra_per_capita_eur': 'extra uitgaven per inwoner (€)',
  'chart.ranking.nato_core_gap_eur_bn': 'tekort op de NAVO-norm voor kerndefensie-uitgaven (mld. €)',
  'chart.ranking.total_effort_pct_gdp': 'defensie-uitgaven (% van het bbp)',
  'chart.ranking.caption':
    'Balken: dit scenario. Gestippelde streepjes: de huidige plannen (de standaardinstellingen).',
  'chart.ranking.not_ally': 'geen NAVO-lid',
  'chart.ranking.summary': 'Hoogste: {first} ({firstValue}); laagste: {last} ({lastValue}).',

  'chart.table.show': 'Als tabel tonen',
  'chart.table.year': 'Jaar',

  'error.lever': '{label}: {detail}',
  'error.not_a_number': 'geen getal',
  'error.too_large': 'een te groot getal',
  'error.url.unknown': 'De instelling \u2018{key}\u2019 uit de link kent de rekentool niet; die wordt genegeerd.',
  'error.url.country': 'Het land \u2018{value}\u2019 uit de link staat niet in de lijst; het wordt genegeerd.',
  'error.url.value':
    'De waarde \u2018{value}\u2019 uit de link voor {label} is onbruikbaar ({detail}); die wordt genegeerd.',
  'error.url.refused': 'De waarde uit de link voor {label} is geweigerd ({detail}); {kept} blijft staan.',
  'error.url.boolean': '1 of 0',
  'error.url.integer': 'een geheel getal',
  'error.url.option':
    'De waarde \u2018{value}\u2019 voor {key} uit de link is niet een van {allowed}; die wordt genegeerd.',
  'error.url.repeated': 'De link noemt \u2018{key}\u2019 meer dan eens; de laatste telt.',
  'error.url.version':
    'De linkindeling \u2018{value}\u2019 kent deze rekentool niet; de link wordt gelezen in de huidige indeling.',
  'error.url.too_many_levers': 'Een kaart toont hoogstens {max} instellingen; de eerste {max} worden getoond.',
  'error.url.too_long': 'De link is te lang om te lezen; de standaardinstellingen worden getoond.',
  'error.story.refused': 'De gevraagde waarde voor {label} is geweigerd ({detail}); {kept} blijft staan.',
  'error.story.chart': 'Grafiek \u2018{value}\u2019 bestaat niet en wordt genegeerd.',
  'error.story.metric': 'Rangschikking \u2018{value}\u2019 bestaat niet en wordt genegeerd.',
  'error.story.figure': 'Kerncijfer \u2018{value}\u2019 bestaat niet en wordt genegeerd.',
  'error.kept': 'De getoonde cijfers horen bij de laatste geldige instellingen.',

  'notes.title': 'Opmerkingen',

  'share.open': 'Delen / insluiten',
  'share.title': 'Dit scenario delen of insluiten',
  'share.link': 'Link naar dit scenario',
  'share.copy_link': 'Link kopiëren',
  'share.embed': 'Insluiten in een artikel',
  'share.view': 'Toon',
  'share.view.card': 'een kaart: kop, kerncijfers, één grafiek, enkele instellingen',
  'share.view.chart': 'één grafiek',
  'share.view.full': 'de hele rekentool',
  'share.chart': 'Grafiek',
  'share.chart.path': 'uitgavenpad',
  'share.chart.frontier': 'nationaal of gebundeld',
  'share.chart.ranking': 'alle landen',
  'share.lock': 'Landkeuze verbergen',
  'share.lang': 'Taal',
  'share.theme': 'Kleuren',
  'share.theme.auto': 'zoals op het apparaat van de lezer',
  'share.theme.light': 'licht',
  'share.theme.dark': 'donker',
  'share.levers': 'Instellingen op de kaart (hoogstens {max})',
  'share.snippet': 'Code om in het artikel te plakken',
  'share.copy_snippet': 'Code kopiëren',
  'share.copied': 'Gekopieerd.',
  'share.copy_manually': 'De tekst is geselecteerd: kopieer hem met je toetsenbord.',
  'share.preview': 'Voorbeeld',
  'share.close': 'Sluiten',
  'sources.title': 'Gegevensbronnen en versies',
  'sources.line': 'Bronnen: {publishers}. Gegevens {data}, model {model}.',
  'sources.intro':
    'Elk cijfer komt uit deze gegevens en de vergelijkingen van het model (docs/model.md). Model {model}, gegevens {data}.',
  'sources.column': 'Cijfer',
  'sources.value': 'Waarde',
  'sources.source': 'Bron',
  'sources.vintage': 'Versie',
  'sources.flags': 'Zwakkere cijfers voor {country}',
  'sources.flags.none': 'Geen enkel cijfer voor {country} is als zwakker gemarkeerd.',
  'sources.flags.eu': 'Gemarkeerde cijfers van de lidstaten',
  'sources.flags.item': '{country}: {flags}',

  'column.gdp_eur_bn': 'Bbp',
  'column.gdp_year': 'Jaar van het bbp',
  'column.population_m': 'Bevolking',
  'column.defence_pct_gdp': 'Defensie-uitgaven nu',
  'column.defence_year': 'Jaar van de defensie-uitgaven',
  'column.defence_pct_gdp_2021': 'Defensie-uitgaven in 2021',
  'column.equipment_share_pct': 'Aandeel materieel in de defensie-uitgaven',
  'column.debt_pct_gdp': 'Overheidsschuld',
  'column.bond_yield_10y_pct': 'Rente op tienjarige staatsobligaties',
  'column.eu_gni_share_pct': 'Aandeel in de bni-afdrachten aan de EU',
  'column.safe_allocation_eur_bn': 'Toegewezen SAFE-leningen',
  'column.nato_gdp_factor': 'Noemer van de NAVO, als aandeel van het bbp volgens Eurostat',
  // The data file's own unit names (data/sources.csv).
  'data_unit.ratio': '',
  'data_unit.million': 'miljoen',
  'data_unit.% of defence spending': '% van de defensie-uitgaven',
  'data_unit.% GDP': '% van het bbp',
  'data_unit.EUR bn': 'mld. €',
  'data_unit.%': '%',
  'data_unit.year': '',
};
