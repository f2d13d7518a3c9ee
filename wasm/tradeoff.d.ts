// Types of tradeoff.mjs: the Defence Trade-off Calculator's model, compiled
// to WebAssembly. Field names and formats are those of the JSON API
// (docs/model.md, "What comes out"); every number is a plain JavaScript number.

/** Error codes of the model (docs/model.md, "Errors"). */
export type ErrorCode =
  | 'parse_error'
  | 'unknown_field'
  | 'wrong_type'
  | 'out_of_range'
  | 'unknown_country'
  | 'inconsistent'
  | 'limit_exceeded'
  | 'data_error'
  | 'internal';

/** Unit ids of levers, series and messages (docs/model.md, "Units"); `describe().units` names them in English. */
export type UnitId = '' | 'flag' | 'year' | 'pct' | 'pct_gdp' | 'pct_per_year' | 'eur' | 'eur_bn' | 'eur_bn_per_year';

/**
 * The values a message quotes, by name: "min", "max", "got", "unit" (a UnitId),
 * "choices", "field", "suggestion", ... Each rule's names are listed in
 * docs/model.md, "Messages as codes". null stands for an undefined number.
 */
export type Params = Record<string, number | string | string[] | null>;

/** Thrown by every method on bad input; `code: "internal"` means a bug. */
export declare class TradeoffError extends Error {
  readonly name: 'TradeoffError';
  readonly code: ErrorCode;
  /** JSON pointer of the offending field, e.g. "/pooling/eu_fund_eur_bn"; "" for the whole request. */
  readonly path: string;
  /** The stable id of the rule broken, e.g. "between" (docs/model.md, "Messages as codes"). */
  readonly rule: string;
  readonly params: Params;
  /** The model's own English sentence, without code and path (`message` has all three). */
  readonly detail: string;
}

/**
 * A scenario: every field is optional and takes its documented default.
 * Unknown fields are errors. See `describe().levers` for ranges and units.
 */
export interface Scenario {
  countries?: 'EU27' | 'EU_NATO' | 'ALL' | string[];
  end_year?: number;
  economy?: { nominal_growth_pct?: number };
  nato?: { core_target_pct_gdp?: number; related_target_pct_gdp?: number; target_year?: number };
  spending?: {
    path?: 'nato_target' | 'constant_share' | 'custom';
    custom_pct_gdp?: number;
    non_nato_follow_target?: boolean;
  };
  pooling?: {
    joint_share_pct?: { start?: number; end?: number; end_year?: number };
    joint_saving_pct?: number;
    eu_fund_eur_bn?: number;
    eu_fund_saving_pct?: number;
    eu_fund_counts_as_related_pct?: number;
    eu_fund_financing?: 'on_top' | 'from_defence_budget';
  };
  industry?: {
    european_share_national_pct?: number;
    european_share_joint_pct?: number;
    european_share_eu_fund_pct?: number;
  };
  financing?: {
    borrowed_share_pct?: number;
    use_safe_loans?: boolean;
    safe_last_year?: number;
    eu_rate_pct?: number;
  };
  /** Per-country values, keyed by country code. */
  overrides?: Record<
    string,
    {
      nominal_growth_pct?: number;
      core_target_pct_gdp?: number;
      related_target_pct_gdp?: number;
      target_year?: number;
      custom_pct_gdp?: number;
      joint_share_pct?: { start?: number; end?: number; end_year?: number };
    }
  >;
}

/** The 24 output series, in the model's order (nato_gdp_eur_bn from model 1.1). */
export type SeriesName =
  | 'gdp_eur_bn'
  | 'core_spending_eur_bn'
  | 'national_spending_eur_bn'
  | 'joint_procurement_eur_bn'
  | 'eu_fund_eur_bn'
  | 'total_effort_eur_bn'
  | 'total_effort_pct_gdp'
  | 'nato_core_pct_gdp'
  | 'nato_core_target_pct_gdp'
  | 'nato_core_gap_eur_bn'
  | 'nato_related_credit_pct_gdp'
  | 'nato_related_target_pct_gdp'
  | 'capability_eur_bn'
  | 'pooling_gain_eur_bn'
  | 'european_industry_share_pct'
  | 'extra_effort_eur_bn'
  | 'per_capita_eur'
  | 'extra_per_capita_eur'
  | 'safe_loans_eur_bn'
  | 'debt_impact_pct_gdp'
  | 'interest_saving_eur_bn'
  | 'escape_clause_exceeded'
  | 'max_pooled_share_pct'
  | 'nato_gdp_eur_bn';

export interface CountryInfo {
  code: string;
  name: string;
  eu: boolean;
  nato: boolean;
}

/** A remark for the reader: a provenance flag of the data, or something the model did. */
export interface Note {
  id: string;
  /** Country code, or null for a note about the whole run. */
  country: string | null;
  /** The values the message quotes (e.g. { factor } for "nato_denominator"). */
  params: Params;
  /** English. */
  message: string;
}

/** `null` where a value is not defined (NATO fields of non-allies, ...). */
export type Values = Array<number | null>;

/** A country's series: numbers, but the escape-clause flag is true/false (null outside the EU or after 2028). */
export type CountrySeries = Record<Exclude<SeriesName, 'escape_clause_exceeded'>, Values> & {
  escape_clause_exceeded: Array<boolean | null>;
};
/** The total's series: numbers; escape_clause_exceeded counts the countries flagged. */
export type TotalSeries = Record<SeriesName, Values>;

export interface RunResult {
  model_version: string;
  data_version: string;
  /** The scenario with every default filled in. */
  scenario: Required<Scenario>;
  years: number[];
  countries: Array<CountryInfo & { series: CountrySeries }>;
  total: { series: TotalSeries };
  notes: Note[];
}

/**
 * The same run as RunResult, numbers as Float64Arrays copied out of
 * WebAssembly memory (NaN where the JSON has null; escape_clause_exceeded
 * as 0/1), without the scenario.
 * `series[name][year * countries.length + country]`: year by year.
 */
export interface RunArrays {
  model_version: string;
  data_version: string;
  years: number[];
  countries: CountryInfo[];
  series: Record<SeriesName, Float64Array>;
  /** One value per year. */
  total: Record<SeriesName, Float64Array>;
  notes: Note[];
}

export interface FrontierRequest {
  scenario?: Scenario;
  /** Country code; default "BE". */
  country?: string;
  /** Default: the NATO target year, or the end year if that comes first. */
  year?: number;
  /** 2 .. 1001; default 21. */
  points?: number;
}

export interface FrontierPoint {
  /** Share of the effort moved to the EU fund, 0 .. 1. */
  p: number;
  nato_core_pct_gdp: number | null;
  nato_related_credit_pct_gdp: number | null;
  capability_eur_bn: number;
  european_industry_share_pct: number | null;
}

interface FrontierHeader {
  model_version: string;
  data_version: string;
  country: CountryInfo;
  year: number;
  gdp_eur_bn: number;
  /** NATO's denominator for the country's shares (model 1.1); null for non-allies. */
  nato_gdp_eur_bn: number | null;
  total_effort_eur_bn: number;
  nato_core_target_pct_gdp: number | null;
  /** The scenario's own pooled share, 0 .. 1. */
  current_p: number;
  /** The largest pooled share that still meets the NATO core path, 0 .. 1; null for non-allies. */
  p_star: number | null;
}

export interface FrontierResult extends FrontierHeader {
  scenario: Required<Scenario>;
  points: FrontierPoint[];
}

/** The frontier with its points as columns (NaN where the JSON has null). */
export interface FrontierArrays extends FrontierHeader {
  points: Record<keyof FrontierPoint, Float64Array>;
}

export interface SensitivityRequest {
  scenario?: Scenario;
  /** 1 .. 1,000,000; default 1000. */
  draws?: number;
  /** 0 .. 2^53-1; default 1. */
  seed?: number;
}

export interface SensitivityStat {
  central: number | null;
  p5: number | null;
  p50: number | null;
  p95: number | null;
}

/** One series year by year: one value per year of SensitivityByYear.years (null where undefined). */
export interface SensitivityPath {
  central: (number | null)[];
  p5: (number | null)[];
  p50: (number | null)[];
  p95: (number | null)[];
}

export interface SensitivityByYear {
  /** t0 .. end_year. */
  years: number[];
  /** The same six series as SensitivityResult.series, in the same order. */
  series: Partial<Record<SeriesName, SensitivityPath>>;
}

export interface SensitivityResult {
  model_version: string;
  data_version: string;
  scenario: Required<Scenario>;
  draws: number;
  seed: number;
  /** The NATO target year, the year of `series`. */
  year: number;
  countries: string[];
  percentiles: [5, 50, 95];
  series: Partial<Record<SeriesName, SensitivityStat>>;
  /**
   * Every year's statistics; null when draws times years exceeds 1,000,000,
   * and a note "by_year_omitted" ({ draws, years, limit }) then says so.
   */
  by_year: SensitivityByYear | null;
  notes: Note[];
}

export interface Lever {
  /** JSON pointer into the scenario, e.g. "/pooling/eu_fund_eur_bn". */
  id: string;
  group: 'horizon' | 'nato' | 'spending' | 'pooling' | 'industry' | 'financing' | 'economy';
  type: 'number' | 'integer' | 'boolean' | 'choice';
  min?: number;
  max?: number;
  step?: number;
  default: number | boolean | string;
  choices?: string[];
  unit: UnitId;
  /** Translation key, "lever." + the dotted id. */
  label: string;
  /** Folded away on the page. */
  advanced: boolean;
  /** Whether /overrides/<code> can set it, by its id without the group. */
  overridable: boolean;
}

export interface ColumnSource {
  column: string;
  /** The data file's own name for the unit (data/sources.csv), not a UnitId. */
  unit: string;
  source: string;
  vintage: string;
}

export interface Description {
  model_version: string;
  data_version: string;
  base_year: number;
  levers: Lever[];
  country_sets: string[];
  series: Array<{ id: SeriesName; unit: UnitId; label: string }>;
  /** Every unit id with its English name ("pct_gdp": "% GDP"). */
  units: Array<{ id: UnitId; name: string }>;
  limits: Record<string, number>;
  data: {
    columns: ColumnSource[];
    flags: Array<{ flag: string; meaning: string }>;
    countries: Array<CountryInfo & { flags: string[] }>;
  };
}

/** One row of the built-in data, every column (docs: data/SOURCES.md). */
export interface CountryData extends CountryInfo {
  gdp_eur_bn: number;
  gdp_year: number;
  population_m: number;
  defence_pct_gdp: number;
  defence_year: number;
  defence_pct_gdp_2021: number;
  equipment_share_pct: number;
  debt_pct_gdp: number | null;
  bond_yield_10y_pct: number;
  eu_gni_share_pct: number | null;
  safe_allocation_eur_bn: number;
  /** NATO's denominator over Eurostat's GDP (model 1.1): 1 but for Luxembourg and the Netherlands. */
  nato_gdp_factor: number;
  flags: string[];
}

/** One problem of a scenario, as check() lists them. */
export interface Problem {
  code: ErrorCode;
  /** JSON pointer of the field, e.g. "/pooling/eu_fund_eur_bn". */
  path: string;
  rule: string;
  params: Params;
  /** English. */
  message: string;
}

export interface Tradeoff {
  /** Runs the model; throws TradeoffError on bad input. */
  run(scenario?: Scenario): RunResult;
  frontier(request?: FrontierRequest): FrontierResult;
  sensitivity(request?: SensitivityRequest): SensitivityResult;
  /**
   * Every problem of a scenario at once ([] when it is valid): the first
   * reading problem (an unknown field, a wrong type), else every value out of
   * range or inconsistent with the data. Does not throw for a bad scenario.
   */
  check(scenario?: Scenario): Problem[];
  /** Levers, series, limits and the data's sources (a fresh copy each time). */
  describe(): Description;
  /** Every column of the built-in data. */
  countries(): CountryData[];
  /** run() without JSON for the numbers: for pages that recompute on every input. */
  runArrays(scenario?: Scenario): RunArrays;
  /**
   * run() as CSV text, the same bytes as the CLI's `run --format csv`: lines
   * starting with "#" (versions, the scenario's changes from the defaults,
   * the source of each data column), then one row per country and year and
   * the TOTAL rows (docs/model.md section 7.1).
   */
  runCsv(scenario?: Scenario): string;
  /** frontier() with its points as typed arrays. */
  frontierArrays(request?: FrontierRequest): FrontierArrays;
  /**
   * The page's fast path: runArrays() with the levers as numbers, one per
   * lever of describe().levers in that order (a choice as its index, a
   * boolean as 0 or 1), and no JSON on the way in. The same numbers as
   * runArrays() to the last bit. A refused value throws with the lever's id
   * as its path.
   */
  runLevers(levers: Float64Array | ArrayLike<number>, countries?: 'EU27' | 'EU_NATO' | 'ALL'): RunArrays;
  /** frontierArrays() with the levers as runLevers() takes them. */
  frontierLevers(
    levers: Float64Array | ArrayLike<number>,
    request?: { country?: string; year?: number; points?: number },
  ): FrontierArrays;
}

/**
 * Loads the module (tradeoff_wasm.wasm, next to this file). In Node it reads
 * the file itself; `options` is passed to the Emscripten factory.
 */
export declare function loadTradeoff(options?: { wasmBinary?: ArrayBuffer | Uint8Array; locateFile?: (path: string) => string }): Promise<Tradeoff>;
