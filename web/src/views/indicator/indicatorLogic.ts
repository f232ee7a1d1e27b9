import type {
  Attainment,
  EditionSummary,
  IndicatorValue,
  IndicatorValueRequest,
  IndicatorYear,
  SubmissionState,
  Transition,
  ValueParts,
  ValueType,
} from '@/api/indicator'
import type { ProcedureActRequest } from '@/api/procedure'
import type { RegionDetail } from '@/api/types'

/** Element Plus tag types. */
export type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'

// ----- grouping -----

export type IndicatorGroup<T> = {
  /** The full group path as the edition gives it ('' when the indicator has none). */
  key: string
  /** The path split at " / ", e.g. ["构筑绿水青山", "环境质量"]. */
  segments: string[]
  items: T[]
}

/** Splits a group path such as "构筑绿水青山 / 环境质量" into its trimmed, non-empty segments. */
export function groupSegments(group: string | null | undefined): string[] {
  return (group ?? '')
    .split('/')
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/**
 * Groups indicators by their group path, in the order the edition lists them: a group appears
 * where its first indicator appears, and keeps its indicators in edition order. Paths that differ
 * only in spacing around "/" are the same group.
 */
export function groupIndicators<T extends { group: string | null }>(items: readonly T[]): IndicatorGroup<T>[] {
  const groups = new Map<string, IndicatorGroup<T>>()
  for (const item of items) {
    const segments = groupSegments(item.group)
    const key = segments.join(' / ')
    let group = groups.get(key)
    if (!group) {
      group = { key, segments, items: [] }
      groups.set(key, group)
    }
    group.items.push(item)
  }
  return [...groups.values()]
}

// ----- value input -----

export type InputKind = 'number' | 'percentage' | 'yesNo' | 'grade'

/** Which input a value type gets; a GRADE is chosen from the indicator's grades. */
export function inputKindFor(valueType: ValueType): InputKind {
  switch (valueType) {
    case 'PERCENTAGE':
      return 'percentage'
    case 'YES_NO':
      return 'yesNo'
    case 'GRADE':
      return 'grade'
    case 'NUMBER':
      return 'number'
  }
}

/** What the user has typed in one row, not yet saved. */
export type RowDraft = {
  valueText: string
  flag: boolean | null
  source: string
  note: string
}

export function draftFrom(value: IndicatorValue | undefined): RowDraft {
  return {
    valueText: value?.grade
      ? value.grade
      : value?.value === null || value?.value === undefined
        ? ''
        : String(value.value),
    flag: value?.flag ?? null,
    source: value?.source ?? '',
    note: value?.note ?? '',
  }
}

export function sameDraft(a: RowDraft, b: RowDraft): boolean {
  return a.valueText.trim() === b.valueText.trim() && a.flag === b.flag && a.source === b.source && a.note === b.note
}

/** Reads a number typed by the user: null when empty, NaN when it is not a finite number. */
export function parseNumberText(text: string): number | null {
  const trimmed = text.trim()
  if (trimmed === '') return null
  const value = Number(trimmed)
  return Number.isFinite(value) ? value : Number.NaN
}

/** A problem found before calling the server: the field and the i18n key of its message. */
export type DraftProblem = { field: 'value' | 'flag'; messageKey: string }

/** Checks a row before saving it; the server checks again. */
export function checkDraft(valueType: ValueType, draft: RowDraft): DraftProblem | null {
  if (inputKindFor(valueType) === 'yesNo') {
    return draft.flag === null ? { field: 'flag', messageKey: 'indicator.flagRequired' } : null
  }
  if (inputKindFor(valueType) === 'grade') {
    return draft.valueText.trim() === '' ? { field: 'value', messageKey: 'indicator.gradeRequired' } : null
  }
  const value = parseNumberText(draft.valueText)
  if (value === null) return { field: 'value', messageKey: 'indicator.valueRequired' }
  if (Number.isNaN(value)) return { field: 'value', messageKey: 'indicator.valueInvalid' }
  if (valueType === 'PERCENTAGE' && (value < 0 || value > 100)) {
    return { field: 'value', messageKey: 'indicator.percentageRange' }
  }
  return null
}

/** The stored parts of a value (the server sends them as an object, ADR 0058), or null. */
export function partsOf(value: IndicatorValue | undefined): ValueParts | null {
  return value?.parts ?? null
}

/**
 * The PUT body for a row. A change of an existing value carries the reason and the version read;
 * parts, which this form does not edit, are sent back as they are.
 */
export function toValueRequest(
  valueType: ValueType,
  draft: RowDraft,
  existing: IndicatorValue | undefined,
  reason?: string,
): IndicatorValueRequest {
  const yesNo = inputKindFor(valueType) === 'yesNo'
  const grade = inputKindFor(valueType) === 'grade'
  const body: IndicatorValueRequest = {
    value: yesNo || grade ? null : parseNumberText(draft.valueText),
    flag: yesNo ? draft.flag : null,
    parts: partsOf(existing),
    source: draft.source.trim(),
    note: draft.note.trim(),
  }
  if (grade) body.grade = draft.valueText.trim()
  if (existing) {
    body.reason = (reason ?? '').trim()
    body.version = existing.version
  }
  return body
}

// ----- confirmation state and flags -----

export const STATE_TAG: Record<SubmissionState, TagType> = {
  OPEN: 'primary',
  SUBMITTED: 'warning',
  RETURNED: 'danger',
  CONFIRMED: 'success',
}

export type YearActions = {
  edit: boolean
}

/**
 * What the user may do with a year's values: exactly the server's flag, never derived from the role.
 * Submitting, confirming, returning and reopening are the procedure panel's, from the run's allowedActions.
 */
export function yearActions(year: IndicatorYear | null): YearActions {
  return { edit: year?.mayEdit === true }
}

/** The confirmation's steps, whose endpoint takes a reason but no opinion: the panel shows no opinion box for them. */
export const CONFIRMATION_STEPS = ['SUBMIT', 'CONFIRM']

/** The year's move for a request of the procedure panel: the act of its step, a return or a reopening. */
export function confirmationMove(request: Pick<ProcedureActRequest, 'action' | 'stepCode'>): Transition {
  if (request.action === 'RETURN') return 'RETURN'
  if (request.action === 'REOPEN') return 'REOPEN'
  if (request.action === 'ACT') return request.stepCode === 'CONFIRM' ? 'CONFIRM' : 'SUBMIT'
  throw new Error(`not a move of the confirmation: ${request.action}`)
}

// ----- evaluation status -----

export type StatusStyle = { tagType: TagType; effect: 'light' | 'plain'; color: string }

/** 达标 green, 未达标 red, 无数据 grey, 需人工研判 orange, 不适用 light grey (plain). */
export const STATUS_STYLE: Record<Attainment, StatusStyle> = {
  MET: { tagType: 'success', effect: 'light', color: '#67c23a' },
  NOT_MET: { tagType: 'danger', effect: 'light', color: '#f56c6c' },
  NO_DATA: { tagType: 'info', effect: 'light', color: '#909399' },
  NEEDS_JUDGEMENT: { tagType: 'warning', effect: 'light', color: '#e6a23c' },
  NOT_APPLICABLE: { tagType: 'info', effect: 'plain', color: '#c0c4cc' },
}

export function statusLabelKey(status: Attainment): string {
  return `attainment.${status}`
}

// ----- years, regions, numbers -----

export function editionYears(edition: Pick<EditionSummary, 'firstYear' | 'lastYear'> | null | undefined): number[] {
  if (!edition || edition.lastYear < edition.firstYear) return []
  const years: number[] = []
  for (let year = edition.firstYear; year <= edition.lastYear; year++) years.push(year)
  return years
}

/** The year to start with: last year (the latest complete one), kept within the edition. */
export function defaultYear(edition: Pick<EditionSummary, 'firstYear' | 'lastYear'>, today = new Date()): number {
  const wanted = today.getFullYear() - 1
  return Math.min(edition.lastYear, Math.max(edition.firstYear, wanted))
}

export const TREND_FROM = 2020
export const TREND_TO = 2025

/**
 * The trend's years: 2020–2025, widened to take in the selected year (issue 14 §8: the trend includes
 * the year the scorecard shows), cut to the edition's years; null when they do not overlap.
 */
export function trendRange(
  edition: Pick<EditionSummary, 'firstYear' | 'lastYear'>,
  selected: number | null = null,
): { from: number; to: number } | null {
  const from = Math.max(Math.min(TREND_FROM, selected ?? TREND_FROM), edition.firstYear)
  const to = Math.min(Math.max(TREND_TO, selected ?? TREND_TO), edition.lastYear)
  return from <= to ? { from, to } : null
}

/**
 * The region whose children the ranking compares: a prefecture ranks its counties; a county or
 * township is ranked among the counties of its prefecture; a province ranks its prefectures.
 */
export function rankingParentOf(region: RegionDetail): { code: string; name: string } {
  if (region.level === 'PREFECTURE' || region.level === 'PROVINCE') {
    return { code: region.code, name: region.name }
  }
  const prefecture = region.ancestors.find((a) => a.level === 'PREFECTURE')
  if (prefecture) return { code: prefecture.code, name: prefecture.name }
  const parent = region.ancestors[region.ancestors.length - 1]
  return parent ? { code: parent.code, name: parent.name } : { code: region.code, name: region.name }
}

/** A number for display: at most four decimals, no trailing zeros; null gives the fallback. */
export function formatNumber(value: number | null | undefined, fallback = '—'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return fallback
  return String(Math.round(value * 10000) / 10000)
}
