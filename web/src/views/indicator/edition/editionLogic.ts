import type { Binding, ValueType } from '@/api/indicator'
import type { EditionHeader, EditionView, IndicatorInput, ScoreMethod, TargetKind } from '@/api/edition'
import type { RegionLevel, Terrain } from '@/api/types'
import { i18n } from '@/locales'
import { buildTargetSpec, emptyTargetForm, targetFormFrom, type TargetForm, type TargetProblem } from './targetSpec'

/** Pure logic of the edition pages: form models, conversions, grouping and error lists. */

/** A blank header for a new edition: 版次 1, the current year as first and last year, share met. */
export function emptyHeader(year = new Date().getFullYear()): EditionHeader {
  return {
    code: '',
    version: 1,
    titleZh: '',
    titleEn: null,
    issuerZh: null,
    documentZh: null,
    issued: null,
    issuedUncertain: false,
    source: null,
    complete: true,
    levels: [],
    province: null,
    firstYear: year,
    lastYear: year,
    scoreMethod: 'SHARE_MET',
    scoreNoteZh: null,
    scoreNoteEn: null,
  }
}

/** The header of a copy: everything of the source with a new code (to be chosen) and the next 版次. */
export function headerForCopy(source: EditionHeader): EditionHeader {
  return { ...source, levels: [...source.levels], code: '', version: (source.version ?? 0) + 1 }
}

function trimmedOrNull(value: string | null | undefined): string | null {
  const text = value?.trim() ?? ''
  return text === '' ? null : text
}

/** The header as sent: texts trimmed (empty optional texts as null), the code upper-cased. */
export function cleanHeader(header: EditionHeader): EditionHeader {
  return {
    ...header,
    code: header.code.trim().toUpperCase(),
    titleZh: header.titleZh.trim(),
    titleEn: trimmedOrNull(header.titleEn),
    issuerZh: trimmedOrNull(header.issuerZh),
    documentZh: trimmedOrNull(header.documentZh),
    source: trimmedOrNull(header.source),
    scoreNoteZh: trimmedOrNull(header.scoreNoteZh),
    scoreNoteEn: trimmedOrNull(header.scoreNoteEn),
    issued: header.issued || null,
  }
}

/** The editable form of one indicator; texts are never null so the inputs can bind them. */
export type IndicatorForm = {
  code: string
  number: number | null
  groupPath: string
  nameZh: string
  nameEn: string
  unit: string
  valueType: ValueType
  binding: Binding
  definitionZh: string
  applyLevels: RegionLevel[]
  applyTerrains: Terrain[]
  /** 'any' | 'yes' | 'no' for null | true | false. */
  grassland: Tristate
  coastal: Tristate
  targetTextZh: string
  target: TargetForm
  uncertain: boolean
  weight: number | null
  source: string
  grades: string[]
  environmentalQuality: boolean
  /** The value range as stored (from an edition file or workbook); the form shows none and sends it back as it came. */
  rangeMin: number | null
  rangeMax: number | null
}

export type Tristate = 'any' | 'yes' | 'no'

function toTristate(value: boolean | null): Tristate {
  return value === null ? 'any' : value ? 'yes' : 'no'
}

function fromTristate(value: Tristate): boolean | null {
  return value === 'any' ? null : value === 'yes'
}

export function indicatorFormFrom(input: IndicatorInput | null, defaultGroup = ''): IndicatorForm {
  if (!input) {
    return {
      code: '',
      number: null,
      groupPath: defaultGroup,
      nameZh: '',
      nameEn: '',
      unit: '',
      valueType: 'NUMBER',
      binding: 'BINDING',
      definitionZh: '',
      applyLevels: [],
      applyTerrains: [],
      grassland: 'any',
      coastal: 'any',
      targetTextZh: '',
      target: emptyTargetForm(),
      uncertain: false,
      weight: null,
      source: '',
      grades: [],
      environmentalQuality: false,
      rangeMin: null,
      rangeMax: null,
    }
  }
  return {
    code: input.code,
    number: input.number,
    groupPath: input.groupPath ?? '',
    nameZh: input.nameZh ?? '',
    nameEn: input.nameEn ?? '',
    unit: input.unit ?? '',
    valueType: input.valueType,
    binding: input.binding,
    definitionZh: input.definitionZh ?? '',
    applyLevels: [...input.applyLevels],
    applyTerrains: [...input.applyTerrains],
    grassland: toTristate(input.grassland),
    coastal: toTristate(input.coastal),
    targetTextZh: input.targetTextZh ?? '',
    target: targetFormFrom(input.target),
    uncertain: input.uncertain,
    weight: input.weight,
    source: input.source ?? '',
    grades: [...input.grades],
    environmentalQuality: input.environmentalQuality ?? false,
    rangeMin: input.rangeMin,
    rangeMax: input.rangeMax,
  }
}

export type IndicatorBuild =
  | { input: IndicatorInput; problem?: undefined }
  | { input?: undefined; problem: TargetProblem }

/**
 * The indicator as sent: texts trimmed, the weight only for a weighted edition, the grades only for
 * a GRADE indicator, and the target spec built from its form (or the reason it cannot be).
 */
export function toIndicatorInput(form: IndicatorForm, scoreMethod: ScoreMethod | string, kinds: TargetKind[]): IndicatorBuild {
  const target = buildTargetSpec(form.target, kinds)
  if (target.problem) return { problem: target.problem }
  return {
    input: {
      code: form.code.trim().toUpperCase(),
      number: form.number,
      groupPath: form.groupPath.trim(),
      nameZh: form.nameZh.trim(),
      nameEn: trimmedOrNull(form.nameEn),
      unit: trimmedOrNull(form.unit),
      valueType: form.valueType,
      binding: form.binding,
      definitionZh: trimmedOrNull(form.definitionZh),
      applyLevels: [...form.applyLevels],
      applyTerrains: [...form.applyTerrains],
      grassland: fromTristate(form.grassland),
      coastal: fromTristate(form.coastal),
      targetTextZh: form.targetTextZh.trim(),
      target: target.spec,
      uncertain: form.uncertain,
      weight: scoreMethod === 'WEIGHTED' ? form.weight : null,
      source: trimmedOrNull(form.source),
      grades: form.valueType === 'GRADE' ? form.grades.map((g) => g.trim()).filter((g) => g !== '') : [],
      environmentalQuality: form.environmentalQuality,
      rangeMin: form.rangeMin,
      rangeMax: form.rangeMax,
    },
  }
}

/** One indicator row with the size of its group, for merging the group cells of the table. */
export type GroupedRow = { indicator: IndicatorInput; group: string; groupStart: boolean; groupSize: number }

/**
 * The indicators grouped by group path, the groups in the order they first appear and the
 * indicators of a group in edition order.
 */
export function groupIndicators(indicators: IndicatorInput[]): GroupedRow[] {
  const groups = new Map<string, IndicatorInput[]>()
  for (const indicator of indicators) {
    const group = indicator.groupPath?.trim() ?? ''
    const members = groups.get(group)
    if (members) members.push(indicator)
    else groups.set(group, [indicator])
  }
  return [...groups.entries()].flatMap(([group, members]) =>
    members.map((indicator, index) => ({ indicator, group, groupStart: index === 0, groupSize: members.length })),
  )
}

/** The distinct group paths, in order, for the group input's suggestions. */
export function groupPaths(indicators: IndicatorInput[]): string[] {
  return [...new Set(indicators.map((i) => i.groupPath?.trim() ?? '').filter((g) => g !== ''))]
}

/** One problem of a refused workbook; `sheet`, `row` and `column` when the field locates a cell. */
export type WorkbookProblem = { sheet: string | null; row: number | null; column: string | null; message: string }

/** Reads the workbook location out of the field (`指标!3!目标类型`); the message names it as well. */
export function workbookProblems(errors: { field: string; message: string }[]): WorkbookProblem[] {
  return errors.map(({ field, message }) => {
    const parts = field.split('!')
    const row = parts.length === 3 ? Number(parts[1]) : NaN
    if (parts.length === 3 && Number.isInteger(row)) {
      return { sheet: parts[0] ?? null, row, column: parts[2] ?? null, message }
    }
    return { sheet: null, row: null, column: null, message }
  })
}

/** One problem found when publishing: the indicator it concerns (null for the header) and the field. */
export type PublishProblem = { indicator: string | null; field: string; message: string }

/** Splits `indicators[F-01].nameZh` into indicator and field; header fields have no indicator. */
export function publishProblems(errors: { field: string; message: string }[]): PublishProblem[] {
  return errors.map(({ field, message }) => {
    const match = /^indicators\[([^\]]*)\]\.(.+)$/.exec(field)
    return match ? { indicator: match[1] ?? null, field: match[2] ?? field, message } : { indicator: null, field, message }
  })
}

/** A field's label in the user's language (`edition.field.*`), or the field name. */
export function fieldLabel(field: string): string {
  const key = `edition.field.${field}`
  return i18n.global.te(key) ? i18n.global.t(key) : field
}

/** The edition's title in the user's language (English falls back to Chinese). */
export function editionTitle(view: EditionView, locale: string): string {
  return locale === 'en' && view.header.titleEn ? view.header.titleEn : view.header.titleZh
}
