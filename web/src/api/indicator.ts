import { http } from './http'
import type { Page } from './types'
import type { RunView } from './procedure'
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

/**
 * One edition as listed. The contract names the type only; the fields are those the back end
 * sends (IndicatorController.EditionSummary); only `code`, `titleZh`, `complete`, `firstYear` and
 * `lastYear` are relied upon.
 */
export type EditionSummary = {
  code: string
  version?: number
  titleZh: string
  titleEn?: string | null
  issuerZh?: string | null
  documentZh?: string | null
  issued?: string | null
  issuedUncertain?: boolean
  source?: string | null
  complete: boolean
  levels?: string | null
  firstYear: number
  lastYear: number
  scoreMethod?: string | null
  scoreNoteZh?: string | null
  status?: string | null
}

export type IndicatorDefinition = {
  code: string
  number: number | null
  /** e.g. "构筑绿水青山 / 环境质量"; may be empty. */
  group: string | null
  /** The group path in English where the platform has one (shipped editions); else null (issue 14 §8). */
  groupEn?: string | null
  nameZh: string
  nameEn: string | null
  unit: string | null
  valueType: ValueType
  binding: Binding
  targetText: string | null
  uncertain: boolean
  /** GRADE indicators: the grades, best first. */
  grades?: string[]
}

export type EditionDetail = {
  edition: EditionSummary
  indicators: IndicatorDefinition[]
}

/** Named parts of a row covering several quantities; the back end may send them as a JSON string. */
export type ValueParts = Record<string, number>

export type IndicatorValue = {
  indicator: string
  value: number | null
  flag: boolean | null
  grade?: string | null
  parts: ValueParts | string | null
  source: string | null
  note: string | null
  enteredBy: string | null
  enteredAt: string | null
  version: number
  /** The organization that entered the value (shown instead of the username); null for values before it was kept. */
  enteredByOrganization?: string | null
}

export type IndicatorYear = {
  edition: string
  regionCode: string
  /** Not in the contract; shown when the server sends it. */
  regionName?: string | null
  /** The construction unit whose values these are; null (or absent) for the region's own values. */
  unitId?: number | null
  unitName?: string | null
  year: number
  state: SubmissionState
  reason: string | null
  submittedBy: string | null
  submittedAt: string | null
  decidedBy: string | null
  decidedAt: string | null
  version: number
  /** Whether the user may change values; the moves (submit, confirm, return, reopen) are `run.allowedActions`. */
  mayEdit: boolean
  values: IndicatorValue[]
  /** The year's confirmation run (null until the year holds a value); the procedure panel draws it. */
  run: RunView | null
  /** 已填 x / y: the applicable indicators holding a value, of all applicable (issue 14 §2). */
  completeness?: Completeness
  /** Codes of the applicable indicators without a value, in the edition's order; a submission explains each. */
  missing?: string[]
  /** The reasons the latest submission gave for its missing indicators, in the edition's order. */
  missingReasons?: MissingReason[]
}

/** 已填 `filled` / `applicable`. */
export type Completeness = { filled: number; applicable: number }

/** Why an applicable indicator has no value in a submitted year (at most 500 characters). */
export type MissingReason = { indicator: string; reason: string }

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

export type ScorecardRow = {
  code: string
  number: number | null
  group: string | null
  name: string
  unit: string | null
  binding: Binding
  valueType: ValueType
  targetText: string | null
  appliedTarget: string | null
  value: number | null
  flag: boolean | null
  grade?: string | null
  status: Attainment
  gap: number | null
  reason: string | null
  uncertain: boolean
  /** A value is held but cannot be used (not finite, out of range, unreadable parts): `value` is null, `reason` says why. */
  unusable?: boolean
}

export type ScorecardSummary = {
  met: number
  applicable: number
  notMet: number
  noData: number
  needsJudgement: number
  bindingNotMet: string[]
  score: number | null
  scoreMethod: string | null
  scoreNote: string | null
}

export type Scorecard = {
  edition: string
  editionTitle: string
  editionComplete: boolean
  regionCode: string
  regionName: string
  /** The construction unit evaluated; null (or absent) for the region itself. */
  unitId?: number | null
  unitName?: string | null
  year: number
  rows: ScorecardRow[]
  summary: ScorecardSummary
  /** Present (true) when the region's values are generated demo data. */
  synthetic?: boolean
}

export type RankedRegion = {
  regionCode: string
  regionName: string
  met: number
  applicable: number
  score: number | null
  /** Null when the region holds no value that year: it is listed last as 无数据 (issue 14 §8). */
  rank: number | null
  noData: boolean
}

export type TrendPoint = {
  year: number
  value: number | null
  flag: boolean | null
  status: Attainment
  appliedTarget: string | null
}

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
export type MissingEdition = {
  programme: string
  regulationCode: string
  regulationTitleZh: string
  article: string | null
  textZh: string
  noteZh: string | null
}

/**
 * What the indicator pages offer the current user (GET /api/indicator-editions/applicable, ADR 0038):
 * the editions that apply in the user's province at the user's level or below, those taking values
 * of the user's own level, the one the pages open on (the user's regulation's) and the levels
 * without an edition yet.
 */
export type ApplicableEditions = {
  regionCode: string
  regionName: string
  level: string
  editions: EditionSummary[]
  atOwnLevel: string[]
  preferred: string | null
  missing: MissingEdition[]
}

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
export type IndicatorInboxItem = {
  edition: string
  regionCode: string
  regionName: string
  unitId: number | null
  unitName: string | null
  year: number
  submittedBy: string | null
  submittedAt: string | null
}

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
export type ImportError = {
  sheet: string | null
  row: number | null
  column: string | null
  columnName: string | null
  reason: string
}

export type ImportJob = {
  jobId: string
  edition: string
  fileName: string | null
  state: ImportState
  phase: ImportPhase
  /** Data rows of the workbook, known once it has been read. */
  totalRows: number | null
  /** Rows validated so far. */
  processedRows: number
  /** Values written so far in the (uncommitted) save. */
  writtenRows: number
  /** Values saved (when SUCCEEDED). */
  saved: number
  /** Rows equal to the values already held. */
  unchanged: number
  errorCount: number
  /** True when more errors were found than listed. */
  errorsTruncated: boolean
  errors: ImportError[]
  /** A general reason for a failure not tied to a row. */
  message: string | null
  createdAt: string | null
  finishedAt: string | null
}

/** Which workbook to download: an edition, regions (codes) and years. */
export type ExcelSelection = { edition: string; regions: string[]; years: number[] }

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Starts an import job; the upload's progress is reported in percent. */
export async function startIndicatorImport(
  edition: string,
  file: File,
  onUploadProgress?: (percent: number) => void,
): Promise<{ jobId: string }> {
  const form = new FormData()
  form.append('file', file)
  const { data } = await http.post<{ jobId: string }>('/api/indicator-excel/import', form, {
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

/** A file attached to a saved value as evidence. */
export type Evidence = {
  id: number
  documentId: number
  name: string
  /** The type recognised from the content, e.g. PDF, OFD, PNG, JPEG. */
  type: string
  size: number
  sha256: string
  uploadedAt: string
  /** Pixels, for images (decoded at upload); null otherwise. */
  width: number | null
  height: number | null
  /** The organization that uploaded it; null for files from before it was kept. */
  uploadedByOrganization?: string | null
  /** Set once the file's link was removed (the file is kept for the audit): when, by which organization, why. */
  removedAt?: string | null
  removedByOrganization?: string | null
  removedReason?: string | null
}

function evidencePath(key: YearKey, indicator: string): string {
  return `/api/indicator-values/${yearPath(key)}/${enc(indicator)}/evidence`
}

/** A page of a value's evidence files, removed ones included, and how many of all its files are still linked. */
export type EvidencePage = Page<Evidence> & { linked: number }

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
