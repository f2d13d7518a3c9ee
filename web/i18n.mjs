// Every sentence the page shows, by key. Lever and series keys are the label
// keys of the model's describe(); a missing key shows the key itself, so a
// gap is visible rather than silent. Other languages add a dictionary with
// the same keys.

const en = {
  'page.title': 'Defence trade-off calculator',
  'page.intro':
    'NATO asks allies for 3.5% of GDP on core defence by 2035; the EU asks them to buy together. Move the levers to see what each choice costs, what it buys and what counts.',
  'page.loading': 'Loading the model…',
  'page.footer':
    'The model, its equations and the source of every figure are described in docs/model.md of the project. This page computes in your browser and sends nothing anywhere.',
  'page.failed': 'The calculator could not start: {detail}',
  'page.summary': 'In short',
  'page.open_full': 'Open the full calculator',
  'country.label': 'Country',
  'country.eu_total': 'EU total ({members} members)',
  'country.eu_total.name': 'the EU',
  'country.group.eu': 'EU members',
  'country.group.other': 'Outside the EU',
  'country.eu_total.members': 'the EU\u2019s {members} members',

  'group.nato': 'NATO target and spending path',
  'group.pooling': 'Buying together',
  'group.financing': 'Financing',
  'group.economy': 'Economy and horizon',
  'group.more': 'More settings',
  'lever.reset': 'Reset',
  'lever.reset.label': 'Reset {label} to {value}',
  'lever.reset_all': 'Reset all settings',
  'levers.label': 'Settings',

  'lever.end_year': 'Last year shown',
  'lever.nato.core_target_pct_gdp': 'NATO\u2019s core defence target',
  'lever.nato.related_target_pct_gdp': 'NATO\u2019s defence-related target',
  'lever.nato.target_year': 'Year the targets are due',
  'lever.spending.path': 'Defence budgets',
  'lever.spending.path.nato_target': 'rise to NATO\u2019s target',
  'lever.spending.path.constant_share': 'stay at today\u2019s share of GDP',
  'lever.spending.path.custom': 'move to the level below',
  'lever.spending.custom_pct_gdp': 'Level reached in the target year',
  'lever.spending.non_nato_follow_target': 'Austria, Cyprus, Ireland and Malta (not in NATO) follow the same path',
  'lever.pooling.joint_share_pct.start': 'Equipment bought jointly today',
  'lever.pooling.joint_share_pct.end': 'Equipment bought jointly, goal',
  'lever.pooling.joint_share_pct.end_year': 'Year the joint-buying goal is reached',
  'lever.pooling.joint_saving_pct': 'Saving from buying jointly',
  'lever.pooling.eu_fund_eur_bn': 'Common EU defence fund, all members together',
  'lever.pooling.eu_fund_saving_pct': 'Saving from the EU fund',
  'lever.pooling.eu_fund_counts_as_related_pct': 'Share of EU fund payments NATO counts as defence-related',
  'lever.pooling.eu_fund_financing': 'Payments into the EU fund come',
  'lever.pooling.eu_fund_financing.on_top': 'on top of the defence budget',
  'lever.pooling.eu_fund_financing.from_defence_budget': 'out of the defence budget',
  'lever.industry.european_share_national_pct': 'European content of national purchases',
  'lever.industry.european_share_joint_pct': 'European content of joint purchases',
  'lever.industry.european_share_eu_fund_pct': 'European content of EU fund purchases',
  'lever.financing.borrowed_share_pct': 'Share of the extra spending that is borrowed',
  'lever.financing.use_safe_loans': 'Borrow through the EU\u2019s SAFE loans where possible',
  'lever.financing.safe_last_year': 'Last year SAFE lends',
  'lever.financing.eu_rate_pct': 'The EU\u2019s borrowing rate',
  'lever.economy.nominal_growth_pct': 'Nominal GDP growth',

  // The model's unit ids (describe().units).
  'unit.pct_gdp': '% of GDP',
  'unit.eur_bn': '€ bn',
  'unit.eur_bn_per_year': '€ bn a year',
  'unit.eur': '€',
  'unit.pct': '%',
  'unit.pct_per_year': '% a year',
  'unit.year': '',
  'unit.flag': '',

  'headline.spend':
    'In {year}, {country} would spend {effort} on defence, {effortPct} of GDP or {perCapita} per citizen: {extra} a year {moreOrLess} than if it kept today\u2019s share of GDP.',
  'headline.spend.eu':
    'In {year}, {country} would spend {effort} on defence, {effortPct} of their GDP or {perCapita} per citizen: {extra} a year {moreOrLess} than if they kept today\u2019s share of GDP.',
  'headline.more': 'more',
  'headline.less': 'less',
  'headline.nato.meets': 'That meets NATO\u2019s {target} core target.',
  'headline.nato.short': 'That is {gap} short of NATO\u2019s {target} core target ({core} counted).',
  'headline.nato.not_ally': '{country} is not in NATO, so NATO\u2019s targets do not apply.',
  'headline.nato.partial': 'NATO counts {core} of GDP for the allies among them, against a target of {target}.',
  'headline.pooling':
    'Buying jointly and through the EU fund makes it worth {capability} of equipment and forces, {gain} more than buying alone; {share} of the equipment money goes to European industry.',
  'headline.debt': 'Borrowing the extra adds {debt} of GDP to public debt by {year}.',
  'headline.debt.none': 'None of it is borrowed, so public debt does not rise.',

  'figure.effort': 'Defence spending in {year}',
  'figure.extra': 'More than today\u2019s share of GDP',
  'figure.nato': 'NATO core defence',
  'figure.pooling': 'Gain from pooling',
  'figure.debt': 'Public debt',
  'figure.per_citizen': '{value} per citizen',
  'figure.of_gdp': '{value} of GDP',
  'figure.target': 'target {value}',
  'figure.nato.allies': 'for the {allies} NATO allies among them',
  'figure.meets': 'meets the target',
  'figure.short': 'short of the target',
  'figure.not_ally': 'not a NATO ally',
  'figure.european_share': '{value} to European industry',
  'figure.debt_points': '{value} of GDP',
  'figure.baseline': 'Today\u2019s plans: {value}',

  'chart.path.title': 'Defence spending, {from}\u2013{to}',
  'chart.path.caption':
    'Share of GDP: national purchases, joint procurement and EU fund payments, against NATO\u2019s core target path. Dashed: today\u2019s plans (the defaults).',
  'chart.path.caption.eu': 'For the EU total, NATO\u2019s path covers the {allies} allies among the members.',
  'chart.path.national': 'National spending',
  'chart.path.joint': 'Joint procurement',
  'chart.path.fund': 'EU fund',
  'chart.path.target': 'NATO core target path',
  'chart.path.baseline': 'Today\u2019s plans',
  'chart.path.summary': '{country}: {effortPct} of GDP in {year}, against a NATO path of {target}.',
  'chart.frontier.title': 'The trade-off in {year}: same money, national or pooled',
  'chart.frontier.caption':
    'Each point moves a larger share of the same total effort from national budgets to the EU fund: more capability, less counted by NATO. Marked: the current scenario and the largest pooled share that still meets NATO\u2019s core target.',
  'chart.frontier.caption.not_ally':
    'Not a NATO ally: the curve shows capability against the share of the effort pooled in the EU fund.',
  'chart.frontier.eu_total': 'The frontier is drawn for one country: pick a country above to see it.',
  'chart.frontier.x.nato': 'NATO core defence, % of GDP',
  'chart.frontier.x.pooled': 'Share of the effort pooled in the EU fund, %',
  'chart.frontier.y': 'Capability, € bn',
  'chart.frontier.target': 'NATO target',
  'chart.frontier.legend.current': 'Now: {core} of GDP counted by NATO, {capability} of capability',
  'chart.frontier.legend.current.not_ally': 'Now: {share} of the effort pooled, {capability} of capability',
  'chart.frontier.legend.pstar': 'Most pooling that still meets NATO: {share} of the effort',
  'chart.frontier.legend.baseline': 'Today\u2019s plans',
  'chart.frontier.summary':
    '{country} in {year}: pooling all of the effort would give {maxCapability} of capability and {minCore} of GDP counted by NATO; the scenario gives {capability}.',
  'chart.ranking.title': 'All countries in {year}',
  'chart.ranking.metric': 'Rank by',
  'chart.ranking.extra_per_capita_eur': 'extra spending per citizen (€)',
  'chart.ranking.nato_core_gap_eur_bn': 'gap to NATO\u2019s core target (€ bn)',
  'chart.ranking.total_effort_pct_gdp': 'defence spending (% of GDP)',
  'chart.ranking.caption': 'Bars: this scenario. Dashed ticks: today\u2019s plans (the defaults).',
  'chart.ranking.not_ally': 'not in NATO',
  'chart.ranking.summary': 'Highest: {first} ({firstValue}); lowest: {last} ({lastValue}).',

  'error.lever': '{label}: {detail}',
  'error.not_a_number': 'not a number',
  'error.too_large': 'too large a number',
  'error.url.unknown': 'The link\u2019s setting \u201c{key}\u201d is not one the calculator knows: ignored.',
  'error.url.country': 'The link\u2019s country \u201c{value}\u201d is not in the list: ignored.',
  'error.url.value': 'The link\u2019s value \u201c{value}\u201d for {label} was not usable ({detail}): ignored.',
  'error.url.refused': 'The link\u2019s value for {label} was refused ({detail}): keeping {kept}.',
  'error.url.boolean': 'true or false',
  'error.url.integer': 'a whole number',
  'error.url.option': 'The link\u2019s {key} \u201c{value}\u201d is not one of {allowed}: ignored.',
  'error.url.repeated': 'The link gives \u201c{key}\u201d more than once: the last one counts.',
  'error.url.version':
    'The link\u2019s format \u201c{value}\u201d is not one this calculator knows: read as the current format.',
  'error.url.too_many_levers': 'A card shows at most {max} settings: the first {max} are shown.',
  'error.url.too_long': 'The link is too long to read: showing the defaults.',
  'error.story.refused': 'The value asked for {label} was refused ({detail}): keeping {kept}.',
  'error.story.chart': 'There is no chart \u201c{value}\u201d: ignored.',
  'error.story.metric': 'There is no ranking \u201c{value}\u201d: ignored.',
  'error.story.figure': 'There is no figure \u201c{value}\u201d: ignored.',
  'error.kept': 'The figures shown are those of the last valid settings.',

  'notes.title': 'Notes',

  'share.open': 'Share / Embed',
  'share.title': 'Share or embed this scenario',
  'share.link': 'Link to this scenario',
  'share.copy_link': 'Copy link',
  'share.embed': 'Embed it in an article',
  'share.view': 'Show',
  'share.view.card': 'a card: headline, figures, one chart, a few settings',
  'share.view.chart': 'one chart',
  'share.view.full': 'the whole calculator',
  'share.chart': 'Chart',
  'share.chart.path': 'spending path',
  'share.chart.frontier': 'national or pooled',
  'share.chart.ranking': 'all countries',
  'share.lock': 'Hide the country choice',
  'share.levers': 'Settings the card shows (up to {max})',
  'share.snippet': 'Code to paste into the article',
  'share.copy_snippet': 'Copy code',
  'share.copied': 'Copied.',
  'share.copy_manually': 'The text is selected: copy it with your keyboard.',
  'share.preview': 'Preview',
  'share.close': 'Close',
  'sources.title': 'Data sources and vintages',
  'sources.line': 'Sources: {publishers}. Data {data}, model {model}.',
  'sources.intro':
    'Every figure comes from this data and the model\u2019s equations (docs/model.md). Model {model}, data {data}.',
  'sources.column': 'Figure',
  'sources.value': 'Value',
  'sources.source': 'Source',
  'sources.vintage': 'Vintage',
  'sources.flags': 'Weaker figures for {country}',
  'sources.flags.none': 'No figure for {country} is flagged as weaker.',
  'sources.flags.eu': 'Flagged figures among the members',

  'column.gdp_eur_bn': 'GDP',
  'column.gdp_year': 'Year of GDP',
  'column.population_m': 'Population',
  'column.defence_pct_gdp': 'Defence spending today',
  'column.defence_year': 'Year of defence spending',
  'column.defence_pct_gdp_2021': 'Defence spending in 2021',
  'column.equipment_share_pct': 'Equipment share of defence spending',
  'column.debt_pct_gdp': 'Public debt',
  'column.bond_yield_10y_pct': '10-year bond yield',
  'column.eu_gni_share_pct': 'Share of EU GNI contributions',
  'column.safe_allocation_eur_bn': 'SAFE loan allocation',
  'column.nato_gdp_factor': 'NATO\u2019s denominator, as a share of Eurostat\u2019s GDP',
  // The data file's own unit names (data/sources.csv).
  'data_unit.ratio': '',
  'data_unit.million': 'million',
  'data_unit.% of defence spending': '% of defence spending',
  'data_unit.% GDP': '% of GDP',
  'data_unit.EUR bn': '€ bn',
  'data_unit.%': '%',
  'data_unit.year': '',
};

const dictionaries = { en };
let current = en;

/** Switches the language; unknown languages fall back to English. */
export function setLanguage(lang) {
  current = dictionaries[lang] ?? en;
}

/** The sentence for `key`, with {name} placeholders filled from `params`. */
export function t(key, params = {}) {
  const text = current[key] ?? en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** Whether `key` has a sentence (for optional keys such as choice labels). */
export function has(key) {
  return key in current || key in en;
}
