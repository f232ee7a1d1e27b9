import { http } from './http'
import { downloadWorkbook, type Attainment, type Binding } from './indicator'
import type { Programme } from './keyProject'
import type { ProcedureAction, RunView } from './procedure'
import type { WindowKind } from './regulation'
import type { ExclusionOutcome, ExclusionReport, ExclusionTrigger, ExclusionVerdict } from './exclusions'
import type { Page } from './types'
import { compactParams } from '@/utils/format'

/**
 * Types and calls of the application dossier (issue 11 §3, module `cn.ecozone.dossier`) and of the
 * province's candidacy-and-exclusions overview (§2). Keep the names in step with the Java records.
 */

export const DOSSIER_STATES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'WITHDRAWN', 'ACCEPTED'] as const
export type DossierState = (typeof DOSSIER_STATES)[number]

export const MATERIAL_KINDS = ['TEXT', 'PHOTOS', 'DOCUMENTS'] as const
export type MaterialKind = (typeof MATERIAL_KINDS)[number]

export const MATERIAL_STATUSES = ['GREEN', 'AMBER', 'RED'] as const
export type MaterialStatus = (typeof MATERIAL_STATUSES)[number]

export type RoundView = {
  id: number
  programme: Programme
  regulationCode: string
  regulationVersion: number
  jurisdictionCode: string
  title: string
  opensOn: string
  closesOn: string
  callDocument: string | null
  windowKind: WindowKind
  windowTextZh: string
  article: string
  /** Today (Asia/Shanghai) lies within the window. */
  open: boolean
  version: number
}

export type RoundRequest = {
  programme: Programme
  title: string
  opensOn: string
  closesOn: string
  callDocument: string
}

export type DossierSummary = {
  id: number
  candidacyId: number
  roundId: number
  subjectName: string
  regionCode: string
  regionName: string
  programme: Programme
  state: DossierState
  submittedOn: string | null
  excluded: boolean
  needsJudgement: boolean
  missingCount: number
  updatedAt: string
  version: number
}

export type MaterialMessage = { level: 'ERROR' | 'WARNING'; textZh: string; textEn: string }

export type Tolerance = { target: number; min: number; max: number; uncertain: boolean; noteZh: string | null }

export type DossierDocument = {
  id: number
  name: string
  mediaType: string
  size: number
  width?: number | null
  height?: number | null
  sha256: string
  uploadedAt: string
}

export type MaterialView = {
  code: string
  nameZh: string
  ruleZh: string
  article: string
  uncertain: boolean
  noteZh: string | null
  kind: MaterialKind
  status: MaterialStatus
  messages: MaterialMessage[]
  text?: string | null
  characters?: number | null
  tolerance?: Tolerance | null
  minCount?: number | null
  documents: DossierDocument[]
  linkedPlanId?: number | null
}

export type ConditionView = {
  code: string
  textZh: string
  article: string
  automatic: boolean
  met: boolean | null
  explanationZh: string | null
  answer: string | null
  documentIds: number[]
}

export type SnapshotValue = { year: number; value: number | null; attained: Attainment | null }

export type SnapshotRow = {
  indicatorCode: string
  nameZh: string
  binding: Binding
  values: SnapshotValue[]
  met: boolean
}

export type SnapshotChange = {
  indicatorCode: string
  year: number
  frozenValue: number | null
  currentValue: number | null
}

export type SnapshotView = {
  frozen: boolean
  takenAt?: string | null
  editionCode?: string | null
  years: number[]
  rows: SnapshotRow[]
  notMet: string[]
  blocksSubmission: boolean
  article: string | null
  changedSince: SnapshotChange[]
  noteZh: string | null
}

/** The exclusions as the registry reports them (`web/src/api/exclusions.ts`, shared with `ExclusionsPanel.vue`). */
export type { ExclusionOutcome, ExclusionReport, ExclusionTrigger as TriggeringRecord, ExclusionVerdict as ExclusionVerdictView }

export type Blocker = { code: string; messageZh: string; messageEn: string; materialCode?: string | null }

export type DossierView = {
  id: number
  candidacyId: number
  round: RoundView
  subjectName: string
  regionCode: string
  regionName: string
  subjectLevel: string
  programme: Programme
  regulationCode: string
  regulationVersion: number
  state: DossierState
  submittedOn: string | null
  version: number
  allowedActions: string[]
  materials: MaterialView[]
  eligibility: ConditionView[]
  indicators: SnapshotView
  exclusions: ExclusionReport | null
  blockers: Blocker[]
  run: RunView | null
}

export type DossierFilter = {
  state?: DossierState | null
  programme?: Programme | null
  regionCode?: string | null
  q?: string | null
  /** The dossiers of rounds opening in that year. */
  year?: number | null
  /** A sort key (subject, region, programme, state, submitted, updated), `-` before it for descending. */
  sort?: string | null
}

/** One row of the overview: a candidacy in scope, its latest dossier (if any) and its exclusions. */
export type OverviewRow = {
  candidacyId: number
  subjectName: string
  regionCode: string
  regionName: string
  programme: Programme
  candidacyState: string
  regulationCode: string
  regulationVersion: number
  dossierId: number | null
  dossierState: DossierState | null
  submittedOn: string | null
  /** The submission date of a dossier in review, else today: the window's last day. */
  asOf: string
  windowFrom: string | null
  windowTo: string | null
  excluded: boolean
  needsJudgement: boolean
  verdicts: ExclusionVerdict[]
}

export type OverviewFilter = {
  excludedOnly?: boolean
  needsJudgement?: boolean
  programme?: Programme | null
  regionCode?: string | null
  state?: DossierState | null
}

function params(filter: object): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(compactParams(filter as Record<string, unknown>))) {
    if (value !== null && value !== undefined && value !== '' && value !== false) out[key] = String(value)
  }
  return out
}

/** What the list of application rounds is narrowed to (issue 14 §6); every part optional. */
export type RoundFilter = {
  programme?: Programme | null
  /** the title or the call document contains it */
  q?: string | null
  /** the rounds opening in that year */
  year?: number | null
  /** true: open today; false: not open today; null: both */
  open?: boolean | null
  /** a key of the server's whitelist (title, programme, opens, closes), `-` before it for descending */
  sort?: string | null
}

/** The filter as query parameters; `open=false` is a filter too, so it is kept. */
function roundParams(filter: RoundFilter | null): Record<string, string> {
  const { open, ...rest } = filter ?? {}
  return { ...params(rest), ...(open === true || open === false ? { open: String(open) } : {}) }
}

/** The rounds in the user's province, a page at a time; `null`: all, the latest opening first. */
export async function listRounds(filter: RoundFilter | null, page = 0, size = 20): Promise<Page<RoundView>> {
  const { data } = await http.get<Page<RoundView>>('/api/application-rounds', {
    params: { ...roundParams(filter), page, size },
  })
  return data
}

/** The round list with the same filters and order as an Excel workbook (issue 14 §5), recorded in the audit log. */
export async function exportRounds(filter: RoundFilter): Promise<void> {
  await downloadWorkbook('/api/application-rounds/export', roundParams(filter), '申报批次.xlsx')
}

export async function openRound(body: RoundRequest): Promise<RoundView> {
  const { data } = await http.post<RoundView>('/api/application-rounds', body)
  return data
}

export async function listDossiers(filter: DossierFilter, page = 0, size = 20): Promise<Page<DossierSummary>> {
  const { data } = await http.get<Page<DossierSummary>>('/api/dossiers', { params: { ...params(filter), page, size } })
  return data
}

/** The list with the same filters and order as an Excel workbook (issue 14 §5), recorded in the audit log. */
export async function exportDossiers(filter: DossierFilter): Promise<void> {
  await downloadWorkbook('/api/dossiers/export', params(filter), 'dossiers.xlsx')
}

/** Refused outside the window (422, the window and its article named) and for a second dossier of the round (409). */
export async function createDossier(candidacyId: number, roundId: number | null): Promise<DossierView> {
  const { data } = await http.post<DossierView>('/api/dossiers', { candidacyId, roundId }, { silent: true })
  return data
}

export async function getDossier(id: number): Promise<DossierView> {
  const { data } = await http.get<DossierView>(`/api/dossiers/${id}`)
  return data
}

export async function saveText(id: number, materialCode: string, text: string, version: number): Promise<DossierView> {
  const { data } = await http.put<DossierView>(`/api/dossiers/${id}/texts/${encodeURIComponent(materialCode)}`, { text, version })
  return data
}

/**
 * Uploads one file (one request per file, streamed by the server); `onProgress` receives 0–100.
 * The server checks the content (an image for photos, PDF or DOCX for documents) and stores nothing on refusal.
 */
export async function uploadMaterial(
  id: number,
  materialCode: string,
  file: File,
  version: number,
  onProgress?: (percent: number) => void,
): Promise<DossierView> {
  const form = new FormData()
  form.append('file', file)
  const { data } = await http.post<DossierView>(`/api/dossiers/${id}/materials/${encodeURIComponent(materialCode)}/documents`, form, {
    params: { version },
    timeout: 600_000,
    silent: true,
    onUploadProgress: (event) => {
      if (onProgress && event.total) onProgress(Math.round((event.loaded * 100) / event.total))
    },
  })
  return data
}

export async function removeMaterial(id: number, materialCode: string, documentId: number, version: number): Promise<DossierView> {
  const { data } = await http.delete<DossierView>(
    `/api/dossiers/${id}/materials/${encodeURIComponent(materialCode)}/documents/${documentId}`,
    { params: { version } },
  )
  return data
}

export async function answerCondition(
  id: number,
  conditionCode: string,
  answer: string,
  documentIds: number[],
  version: number,
): Promise<DossierView> {
  const { data } = await http.put<DossierView>(`/api/dossiers/${id}/eligibility/${encodeURIComponent(conditionCode)}`, {
    answer,
    documentIds,
    version,
  })
  return data
}

/** Refused with 422 `error.dossier.blocked` while something blocks (the blockers listed). */
export async function submitDossier(id: number, version: number): Promise<DossierView> {
  const { data } = await http.post<DossierView>(`/api/dossiers/${id}/submit`, { version })
  return data
}

export async function actOnDossier(
  id: number,
  action: ProcedureAction,
  version: number,
  reason: string | null,
  taskId: number | null,
  outcome: string | null = null,
): Promise<DossierView> {
  const { data } = await http.post<DossierView>(`/api/dossiers/${id}/actions`, { action, reason, version, taskId, outcome })
  return data
}

export function photoUrl(id: number, documentId: number): string {
  return `/api/dossiers/${id}/photos/${documentId}`
}

export function documentUrl(id: number, documentId: number): string {
  return `/api/dossiers/${id}/documents/${documentId}`
}

export async function listOverview(filter: OverviewFilter, page = 0, size = 20): Promise<Page<OverviewRow>> {
  const { data } = await http.get<Page<OverviewRow>>('/api/dossier-overview', { params: { ...params(filter), page, size } })
  return data
}

export async function exportOverview(filter: OverviewFilter): Promise<void> {
  await downloadWorkbook('/api/dossier-overview/export', params(filter), 'dossier-overview.xlsx')
}
