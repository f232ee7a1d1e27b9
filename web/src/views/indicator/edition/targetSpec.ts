import type { TargetKind, TargetSpec } from '@/api/edition'
import { i18n } from '@/locales'

/**
 * The target part of the indicator form: a kind and inputs for the kind's simple parameters, or a
 * JSON text for kinds with nested parameters (BY_TERRAIN, ALL_OF, and any kind the server adds that
 * this form does not know). The kinds and their parameters come from /api/indicator-target-kinds.
 */

/** How each simple parameter is entered. */
export const SIMPLE_PARAMETERS = {
  value: 'number',
  byYear: 'year',
  tolerance: 'number',
  ceiling: 'number',
  higherIsBetter: 'switch',
  strict: 'switch',
  baseline: 'baseline',
  criterion: 'text',
  criterion_en: 'text',
} as const
export type SimpleParameter = keyof typeof SIMPLE_PARAMETERS

export const BASELINES = ['PREVIOUS_YEAR', 'BASELINE'] as const
export type Baseline = (typeof BASELINES)[number]

/** Documenting keys every spec may carry; kept as they were when an indicator is edited. */
const DOCUMENTING_KEYS = ['note', 'wording'] as const

/** Parameters that are required by the target engine (the others have defaults or are optional). */
const REQUIRED_PARAMETERS: readonly string[] = ['value']

/** Example specs shown in the JSON text area of the nested kinds. */
export const JSON_EXAMPLES: Record<string, string> = {
  BY_TERRAIN:
    '{\n  "thresholds": {\n    "MOUNTAIN": { "kind": "AT_LEAST", "value": 60 },\n    "PLAIN": { "kind": "AT_LEAST", "value": 18 }\n  }\n}',
  ALL_OF:
    '{\n  "parts": [\n    { "key": "a", "name_zh": "…", "target": { "kind": "AT_LEAST", "value": 90 } },\n    { "key": "b", "name_zh": "…", "target": { "kind": "AT_MOST", "value": 10 } }\n  ]\n}',
}

export type TargetForm = {
  kind: string
  value: number | null
  byYear: number | null
  tolerance: number | null
  ceiling: number | null
  higherIsBetter: boolean
  strict: boolean
  baseline: Baseline
  criterion: string
  criterion_en: string
  /** The parameters as a JSON object, for the kinds entered as JSON. */
  json: string
  /** note / wording of the spec being edited. */
  extras: Record<string, unknown>
}

/** Why a target cannot be built; an i18n key under `edition.targetError`. */
export type TargetProblem = 'kindRequired' | 'valueRequired' | 'jsonInvalid' | 'jsonNotObject' | 'jsonKindMismatch'

export type TargetBuild = { spec: TargetSpec; problem?: undefined } | { spec?: undefined; problem: TargetProblem }

export function emptyTargetForm(kind = ''): TargetForm {
  return {
    kind,
    value: null,
    byYear: null,
    tolerance: null,
    ceiling: null,
    higherIsBetter: true,
    strict: true,
    baseline: 'PREVIOUS_YEAR',
    criterion: '',
    criterion_en: '',
    json: '',
    extras: {},
  }
}

/** The parameters of a kind; empty for an unknown kind. */
export function parametersOf(kind: string, kinds: TargetKind[]): string[] {
  return kinds.find((k) => k.kind === kind)?.parameters ?? []
}

/** Whether the kind's parameters are entered as JSON (some parameter is not a simple one). */
export function usesJson(kind: string, kinds: TargetKind[]): boolean {
  return parametersOf(kind, kinds).some((p) => !(p in SIMPLE_PARAMETERS))
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

/** The form for a stored spec (kind names are upper-cased as the engine reads them case-insensitively). */
export function targetFormFrom(spec: Record<string, unknown> | null | undefined): TargetForm {
  if (!spec) return emptyTargetForm()
  const form = emptyTargetForm(String(spec.kind ?? '').toUpperCase())
  form.value = numberOrNull(spec.value)
  form.byYear = numberOrNull(spec.byYear)
  form.tolerance = numberOrNull(spec.tolerance)
  form.ceiling = numberOrNull(spec.ceiling)
  if (typeof spec.higherIsBetter === 'boolean') form.higherIsBetter = spec.higherIsBetter
  if (typeof spec.strict === 'boolean') form.strict = spec.strict
  if (spec.baseline === 'BASELINE' || spec.baseline === 'PREVIOUS_YEAR') form.baseline = spec.baseline
  if (typeof spec.criterion === 'string') form.criterion = spec.criterion
  if (typeof spec.criterion_en === 'string') form.criterion_en = spec.criterion_en
  const rest: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(spec)) {
    if (key === 'kind') continue
    if ((DOCUMENTING_KEYS as readonly string[]).includes(key)) form.extras[key] = value
    else rest[key] = value
  }
  form.json = Object.keys(rest).length > 0 ? JSON.stringify(rest, null, 2) : ''
  return form
}

function simpleValue(form: TargetForm, parameter: SimpleParameter): unknown {
  const value = form[parameter]
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim()
  return value
}

/**
 * Builds the spec the server checks: `{ kind, ...parameters }` with only the kind's parameters that
 * are filled in (switches always), or the kind with the parameters of the JSON text.
 */
export function buildTargetSpec(form: TargetForm, kinds: TargetKind[]): TargetBuild {
  const kind = form.kind.trim()
  if (!kind) return { problem: 'kindRequired' }
  const spec: TargetSpec = { kind }
  if (usesJson(kind, kinds)) {
    let parsed: unknown
    try {
      parsed = form.json.trim() === '' ? {} : JSON.parse(form.json)
    } catch {
      return { problem: 'jsonInvalid' }
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { problem: 'jsonNotObject' }
    const { kind: inner, ...parameters } = parsed as Record<string, unknown>
    if (inner !== undefined && String(inner).toUpperCase() !== kind.toUpperCase()) return { problem: 'jsonKindMismatch' }
    Object.assign(spec, parameters)
  } else {
    for (const parameter of parametersOf(kind, kinds)) {
      const value = simpleValue(form, parameter as SimpleParameter)
      if (value === null || value === undefined) {
        if (REQUIRED_PARAMETERS.includes(parameter)) return { problem: 'valueRequired' }
        continue
      }
      spec[parameter] = value
    }
  }
  for (const [key, value] of Object.entries(form.extras)) {
    if (!(key in spec)) spec[key] = value
  }
  return { spec }
}

/** The kind's name in the user's language (e.g. 不低于（≥）), or its code for a kind this UI does not know. */
export function targetKindLabel(kind: string): string {
  const key = `targetKind.${kind}`
  return i18n.global.te(key) ? i18n.global.t(key) : kind
}

/** A parameter's label in the user's language, or its name. */
export function targetParameterLabel(parameter: string): string {
  const key = `targetParameter.${parameter}`
  return i18n.global.te(key) ? i18n.global.t(key) : parameter
}
