import { http } from './http'
import type { Page } from './types'
import type { RunView } from './procedure'
import type { components } from './schema'
import { translate } from '@/locales'
import { ApiError, fieldErrorsOf, parseProblem } from '@/utils/apiError'
import { showError } from '@/utils/message'
import { listParams } from '@/utils/listQuery'

/** Types and calls of the indicator module (docs/api.md, "Indicators"). */

export const VALUE_TYPES = ['NUMBER', 'PERCENTAGE', 'YES_NO', 'GRADE'] as const
export type ValueType = (typeof VALUE_TYPES)[number]

export const BINDINGS = ['BINDING', 'REFERENCE'] as const
export type Binding = (typeof BINDINGS)[number]

export const SUBMISSION_STATES = ['OPEN', 'SUBMITTED', 'RETURNED', 'CONFIRMED'] as const
export type SubmissionState = (typeof SUBMISSION_STATES)[number]

export const ATTAINMENTS = ['MET', 'NOT_MET', 'NO_DATA', 'NEEDS_JUDGEMENT', 'NOT_APPLICABLE'] as const
export type Attainment = (typeof ATTAINMENTS)[number]

export const TRANSITIONS = ['SUBMIT', 'CONFIRM', 'RETURN', 'REOPEN'] as const
export type Transition = (typeof TRANSITIONS)[number]

type Schemas = components['schemas']

/**
 * The answer types below are aliases of the generated schema (docs/adr/0058); what only the client has
 * (YearKey, IndicatorValueRequest, ExcelSelection, EvidenceListFilter) is written here by hand.
 */

/** One edition as listed (IndicatorController.EditionSummary); `levels` the comma-joined region levels. */
export type EditionSummary = Schemas['cn.ecozone.indicator.web.IndicatorController.EditionSummary']

/** One indicator of an edition; `group` e.g. "构筑绿水青山 / 环境质量", `groupEn` where the platform has one (issue 14 §8). */
export type IndicatorDefinition = Schemas['cn.ecozone.indicator.web.IndicatorController.IndicatorRow']

export type EditionDetail = Schemas['cn.ecozone.indicator.web.IndicatorController.EditionDetail']

/** Named parts of a row covering several quantities. */
export type ValueParts = Record<string, number>

/** One held value; `enteredByOrganization` is null for values from before it was kept. */
export type IndicatorValue = Schemas['cn.ecozone.indicator.IndicatorYear.Value']

/**
 * A year's values with its state; the moves (submit, confirm, return, reopen) are `run.allowedActions`.
 * `run` keeps the procedure module's hand-written type until that module's types are generated
 * (docs/adr/0058), as the plan's does.
 */
export type IndicatorYear = Omit<Schemas['cn.ecozone.indicator.IndicatorYear'], 'run'> & { run: RunView | null }

/** 已填 `filled` / `applicable`. */
export type Completeness = Schemas['cn.ecozone.indicator.IndicatorYear.Completeness']

/** Why an applicable indicator has no value in a submitted year (at most 500 characters). */
export type MissingReason = Schemas['cn.ecozone.indicator.IndicatorYear.MissingReason']

/** The body of a value's save, as the entry form builds it (client-side). */
export type IndicatorValueRequest = {
  value: number | null
  flag: boolean | null
  grade?: string | null
  parts: ValueParts | null
  source: string
  note: string
  /** Required when changing an existing value. */
  reason?: string
  /** The version read, when changing an existing value. */
  version?: number
}

/** One indicator of a scorecard; `unusable`: a value is held but cannot be used (`value` null, `reason` says why). */
export type ScorecardRow = Schemas['cn.ecozone.indicator.Scorecard.Row']

export type ScorecardSummary = Schemas['cn.ecozone.indicator.Scorecard.Summary']

/** `synthetic` is true when the region's values are generated demo data. */
export type Scorecard = Schemas['cn.ecozone.indicator.Scorecard']

/** `rank` is null when the region holds no value that year: it is listed last as 无数据 (issue 14 §8). */
export type RankedRegion = Schemas['cn.ecozone.indicator.EvaluationManagement.Ranked']

export type TrendPoint = Schemas['cn.ecozone.indicator.EvaluationManagement.TrendPoint']

/** A region's year, or (with `unit`, a construction unit's id) the year of one of its units. */
export type YearKey = { edition: string; region: string; year: number; unit?: number }

const enc = encodeURIComponent

function yearPath(key: YearKey): string {
  return `${enc(key.edition)}/${enc(key.region)}/${key.year}`
}

/** The `unit` query parameter of the calls addressed by path; none for the region's own values. */
function unitParams(key: YearKey): { unit?: number } {
  return key.unit ? { unit: key.unit } : {}
}

export async function listEditions(): Promise<EditionSummary[]> {
  const { data } = await http.get<EditionSummary[]>('/api/indicator-editions')
  return data
}

/** A regulation's indicator rule for the user's level that names no edition yet (the official table is not entered). */
export type MissingEdition = Schemas['cn.ecozone.indicator.ApplicableEditionManagement.Missing']

/**
 * What the indicator pages offer the current user (GET /api/indicator-editions/applicable, ADR 0038):
 * the editions that apply in the user's province at the user's level or below, those taking values
 * of the user's own level, the one the pages open on (the user's regulation's) and the levels
 * without an edition yet.
 */
export type ApplicableEditions = Schemas['cn.ecozone.indicator.web.ApplicableEditionController.Applicable']

export async function getApplicableEditions(): Promise<ApplicableEditions> {
  const { data } = await http.get<ApplicableEditions>('/api/indicator-editions/applicable')
  return data
}

export async function getEdition(code: string): Promise<EditionDetail> {
  const { data } = await http.get<EditionDetail>(`/api/indicator-editions/${enc(code)}`)
  return data
}

export async function getIndicatorYear(key: YearKey): Promise<IndicatorYear> {
  const { data } = await http.get<IndicatorYear>('/api/indicator-values', { params: key })
  return data
}

export async function saveIndicatorValue(
  key: YearKey,
  indicator: string,
  body: IndicatorValueRequest,
): Promise<IndicatorValue> {
  const { data } = await http.put<IndicatorValue>(`/api/indicator-values/${yearPath(key)}/${enc(indicator)}`, body, {
    params: unitParams(key),
  })
  return data
}

export async function transitionIndicatorYear(
  key: YearKey,
  transition: Transition,
  reason?: string,
  missingReasons?: MissingReason[],
): Promise<IndicatorYear> {
  const body: { reason?: string; missingReasons?: MissingReason[] } = {}
  if (reason !== undefined) body.reason = reason
  if (missingReasons !== undefined && missingReasons.length > 0) body.missingReasons = missingReasons
  const { data } = await http.post<IndicatorYear>(
    `/api/indicator-submissions/${yearPath(key)}/${transition}`,
    body,
    { params: unitParams(key) },
  )
  return data
}

/** A submitted year waiting for the user's confirmation (the year's values come with the year). */
export type IndicatorInboxItem = Schemas['cn.ecozone.indicator.IndicatorInboxItem']

/** One page of the confirmation inbox, the longest waiting first. */
export async function listInbox(page = 0, size = 20): Promise<Page<IndicatorInboxItem>> {
  const { data } = await http.get<Page<IndicatorInboxItem>>('/api/indicator-submissions/inbox', {
    params: { page, size },
  })
  return data
}

export async function getScorecard(key: YearKey): Promise<Scorecard> {
  const { data } = await http.get<Scorecard>('/api/evaluations', { params: key })
  return data
}

export async function getRanking(query: { edition: string; parent: string; year: number }): Promise<RankedRegion[]> {
  const { data } = await http.get<RankedRegion[]>('/api/evaluations/ranking', { params: query })
  return data
}

export async function getTrend(query: {
  edition: string
  region: string
  /** A construction unit of the region; absent for the region itself. */
  unit?: number
  indicator: string
  from: number
  to: number
}): Promise<TrendPoint[]> {
  const { data } = await http.get<TrendPoint[]>('/api/evaluations/trend', { params: query })
  return data
}

// ----- Excel round trip (IndicatorExcelController: template, import job, export) -----

export const IMPORT_STATES = ['RUNNING', 'SUCCEEDED', 'FAILED'] as const
export type ImportState = (typeof IMPORT_STATES)[number]

export const IMPORT_PHASES = ['QUEUED', 'READING', 'VALIDATING', 'SAVING', 'DONE'] as const
export type ImportPhase = (typeof IMPORT_PHASES)[number]

/** One problem in an uploaded workbook; `column` is the letter (null for the whole row). */
export type ImportError = Schemas['cn.ecozone.indicator.IndicatorExcelManagement.ImportError']

/**
 * An import job as the server reports it; its `state` and `phase` are the server's words, narrowed here
 * to the values it sends (IndicatorExcelManagement.ImportStatus writes them from its job's enums).
 */
export type ImportJob = Omit<Schemas['cn.ecozone.indicator.IndicatorExcelManagement.ImportStatus'], 'state' | 'phase'> & {
  state: ImportState
  phase: ImportPhase
}

type ImportStarted = Schemas['cn.ecozone.indicator.IndicatorExcelManagement.Started']

/** Which workbook to download: an edition, regions (codes) and years. */
export type ExcelSelection = { edition: string; regions: string[]; years: number[] }

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Starts an import job; the upload's progress is reported in percent. */
export async function startIndicatorImport(
  edition: string,
  file: File,
  onUploadProgress?: (percent: number) => void,
): Promise<ImportStarted> {
  const form = new FormData()
  form.append('file', file)
  const { data } = await http.post<ImportStarted>('/api/indicator-excel/import', form, {
    params: { edition },
    timeout: 300_000,
    onUploadProgress: (event) => {
      if (onUploadProgress && event.total) onUploadProgress(Math.round((event.loaded / event.total) * 100))
    },
  })
  return data
}

export async function getIndicatorImport(jobId: string): Promise<ImportJob> {
  const { data } = await http.get<ImportJob>(`/api/indicator-excel/import/${enc(jobId)}`)
  return data
}

/** Downloads the value template (prefilled with the values held) and saves it. */
export async function downloadIndicatorTemplate(selection: ExcelSelection): Promise<void> {
  await downloadWorkbook('/api/indicator-excel/template', {
    edition: selection.edition,
    regions: selection.regions.join(','),
    years: selection.years.join(','),
  })
}

/** Downloads the values and evaluations of the selection and saves them. */
export async function exportIndicatorValues(selection: ExcelSelection): Promise<void> {
  await downloadWorkbook('/api/indicator-excel/export', {
    edition: selection.edition,
    region: selection.regions.join(','),
    years: selection.years.join(','),
  })
}

/**
 * Fetches a workbook as a blob and hands it to the browser as a download. A refusal comes back as
 * problem+json inside the blob: it is read and thrown (and shown) as an ApiError.
 */
export async function downloadWorkbook(
  url: string,
  params: Record<string, string> = {},
  fallbackName = 'ecozone.xlsx',
): Promise<void> {
  const response = await http.get<Blob>(url, {
    params,
    responseType: 'blob',
    timeout: 300_000,
    validateStatus: () => true,
  })
  if (response.status !== 200) {
    const text = response.data instanceof Blob ? await response.data.text() : ''
    const problem = parseProblem(text)
    const error = new ApiError({
      status: response.status,
      code: problem?.code ?? null,
      title: problem?.title ?? null,
      detail: problem?.detail ?? problem?.title ?? translate('error.unknown'),
      fieldErrors: fieldErrorsOf(problem),
      errors: problem?.errors ?? [],
    })
    showError(error.detail)
    throw error
  }
  saveBlob(response.data, fileNameOf(String(response.headers['content-disposition'] ?? '')) ?? fallbackName)
}

/** The file name of a Content-Disposition header, preferring the UTF-8 form (filename*=UTF-8''…). */
export function fileNameOf(disposition: string): string | null {
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition)
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1])
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition)
  return plain?.[1] ?? null
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  URL.revokeObjectURL(url)
}

// ----- evidence of a value (EvidenceController: 佐证材料, PDF or image checked by content) -----

/**
 * A file attached to a saved value as evidence: `type` as recognised from the content (PDF, OFD, PNG,
 * JPEG), `width`/`height` for images, `uploadedByOrganization` null for files from before it was kept,
 * `removed*` set once the link was removed (the file is kept for the audit).
 */
export type Evidence = Schemas['cn.ecozone.indicator.Evidence']

function evidencePath(key: YearKey, indicator: string): string {
  return `/api/indicator-values/${yearPath(key)}/${enc(indicator)}/evidence`
}

/** A page of a value's evidence files, removed ones included, and how many of all its files are still linked. */
export type EvidencePage = Schemas['cn.ecozone.indicator.EvidenceManagement.EvidencePage']

/**
 * What the evidence list is narrowed to and its order (issue 14 §6), client-side only: `q` searches the
 * file's and the uploading organization's names, `type` is PDF, OFD, PNG or JPEG, `removed` true lists
 * only removed files and false only those still linked, `sort` is name, organization, uploaded or type
 * (a leading `-`: descending; none: the oldest first).
 */
export type EvidenceListFilter = { q?: string; type?: string | null; removed?: boolean | null; sort?: string }

/** A page (0-based) of the value's evidence files matching the filter (issue 10: paged by the server). */
export async function listEvidence(
  key: YearKey,
  indicator: string,
  page = 0,
  size = 20,
  filter: EvidenceListFilter = {},
): Promise<EvidencePage> {
  const { data } = await http.get<EvidencePage>(evidencePath(key, indicator), {
    params: { ...unitParams(key), ...listParams(filter), page, size },
  })
  return data
}

/**
 * Removes an evidence file before submission, with a reason (the uploading organization only; 409
 * once the year is submitted). The file is kept for the audit and listed as removed.
 */
export async function removeEvidence(key: YearKey, indicator: string, id: number, reason: string): Promise<Evidence> {
  const { data } = await http.post<Evidence>(`${evidencePath(key, indicator)}/${id}/removal`, { reason }, {
    params: unitParams(key),
  })
  return data
}

/**
 * Attaches a file to a saved value; the upload's progress is reported in percent. Silent: the
 * caller shows the refusal (415 unsupported type, 404 value not saved, 409 year closed, 413 too large).
 */
export async function uploadEvidence(
  key: YearKey,
  indicator: string,
  file: File,
  onUploadProgress?: (percent: number) => void,
): Promise<Evidence> {
  const form = new FormData()
  form.append('file', file)
  const { data } = await http.post<Evidence>(evidencePath(key, indicator), form, {
    params: unitParams(key),
    timeout: 300_000,
    silent: true,
    onUploadProgress: (event) => {
      if (onUploadProgress && event.total) onUploadProgress(Math.round((event.loaded / event.total) * 100))
    },
  })
  return data
}

/** Downloads one evidence file and saves it under its name. */
export async function downloadEvidence(key: YearKey, indicator: string, evidence: Evidence): Promise<void> {
  const unit = unitParams(key)
  await downloadWorkbook(
    `${evidencePath(key, indicator)}/${evidence.id}`,
    unit.unit === undefined ? {} : { unit: String(unit.unit) },
    evidence.name,
  )
}
