import { http } from './http'
import { downloadWorkbook, type Scorecard } from './indicator'
import type { Programme } from './keyProject'
import type { RunView } from './procedure'
import type { Page } from './types'
import { compactParams } from '@/utils/format'
import { listParams } from '@/utils/listQuery'

/**
 * Types and calls of the supervision module (issue 13 §2, `cn.ecozone.supervision`): the on-site check at
 * 2 years (IM) and the post-evaluation at 3 years (Guizhou), opened by the platform on the day, with
 * findings, evidence and the conclusion; the province's timing settings (适时). Keep the names in step
 * with the Java records.
 */

export const CHECK_KINDS = ['SITE_CHECK', 'POST_EVALUATION'] as const
export type CheckKind = (typeof CHECK_KINDS)[number]
export const CHECK_STATES = ['OPEN', 'CONCLUDED'] as const
export type CheckState = (typeof CHECK_STATES)[number]

export type CheckSummary = {
  id: number
  titleId: number
  regionCode: string
  regionName: string
  subjectName: string
  programme: Programme
  checkCode: string
  kind: CheckKind
  regulationCode: string
  regulationVersion: number
  namedOn: string
  anniversaryOn: string
  dueOn: string
  openedOn: string
  state: CheckState
  problemsFound: boolean | null
  concludedOn: string | null
  runId: number | null
  version: number
}

export type CheckRule = {
  textZh: string | null
  article: string | null
  uncertain: boolean
  noteZh: string | null
  delayDays: number | null
}

export type CheckFinding = { id: number; indicatorCode: string | null; textZh: string; recordedBy: string; recordedAt: string }
/** An evidence file of a check; `type` as recognised from the content, `organization` the uploader's (null if unknown). */
export type CheckEvidence = {
  documentId: number
  name: string
  type: string
  size: number
  organization: string | null
  recordedBy: string
  recordedAt: string
}
export type CheckProject = { id: number; name: string; status: string | null; startYear: number | null; endYear: number | null; investment: string | null }

export type CheckConclusion = {
  problemsFound: boolean
  falsificationFound: boolean
  rectificationWorkingDays: number | null
  textZh: string
  concludedOn: string
  concludedBy: string
}

export type SuggestedPeriod = { workingDays: number | null; article: string | null; uncertain: boolean; noteZh: string | null }

export type CheckView = {
  check: CheckSummary
  rule: CheckRule
  editionCode: string | null
  editionNote: string | null
  checklist: Scorecard | null
  index: Scorecard[]
  projects: CheckProject[]
  findings: CheckFinding[]
  /** How many evidence files the check holds; they are listed page by page (listCheckEvidence). */
  evidenceCount: number
  conclusion: CheckConclusion | null
  rectification: SuggestedPeriod
  run: RunView | null
  mayRecord: boolean
}

/**
 * The check list's filters (issue 14 §6): `q` part of the subject's or its region's name, `year` the
 * year due, `sort` `key` or `-key` of opened, due, state, kind, region, subject.
 */
export type CheckFilter = {
  kind: CheckKind | null
  state: CheckState | null
  regionCode: string | null
  q: string | null
  programme?: Programme | null
  year?: number | null
  sort?: string | null
}

export type ConclusionRequest = {
  problemsFound: boolean
  falsificationFound: boolean
  rectificationWorkingDays: number | null
  textZh: string
  version: number
}

export type SupervisionSetting = {
  regulationCode: string
  checkCode: string
  kind: CheckKind
  afterYears: number
  textZh: string
  article: string | null
  uncertain: boolean
  noteZh: string | null
  delayDays: number
  set: boolean
  version: number | null
  setBy: string | null
  setAt: string | null
}

export async function listChecks(filter: CheckFilter, page: number, size: number): Promise<Page<CheckSummary>> {
  const { data } = await http.get<Page<CheckSummary>>('/api/supervision-checks', { params: { ...compactParams(filter), page, size } })
  return data
}

/** The check list with these filters as an .xlsx workbook (what the list shows, issue 14 §5). */
export async function exportChecks(filter: CheckFilter): Promise<void> {
  await downloadWorkbook('/api/supervision-checks/export', listParams(filter), 'checks.xlsx')
}

export async function getCheck(id: number): Promise<CheckView> {
  const { data } = await http.get<CheckView>(`/api/supervision-checks/${id}`)
  return data
}

export async function addFinding(id: number, indicatorCode: string | null, textZh: string): Promise<CheckView> {
  const { data } = await http.post<CheckView>(`/api/supervision-checks/${id}/findings`, { indicatorCode, textZh }, { silent: true })
  return data
}

export async function removeFinding(id: number, findingId: number): Promise<CheckView> {
  const { data } = await http.delete<CheckView>(`/api/supervision-checks/${id}/findings/${findingId}`)
  return data
}

export async function conclude(id: number, request: ConclusionRequest): Promise<CheckView> {
  const { data } = await http.post<CheckView>(`/api/supervision-checks/${id}/conclusion`, request, { silent: true })
  return data
}

export async function uploadEvidence(id: number, file: File): Promise<CheckView> {
  const form = new FormData()
  form.append('file', file)
  const { data } = await http.post<CheckView>(`/api/supervision-checks/${id}/evidence`, form, { timeout: 600_000 })
  return data
}

/** The types a check's evidence can have, as the server recognises them from the content. */
export const CHECK_EVIDENCE_TYPES = ['PDF', 'OFD', 'DOCX', 'DOC', 'WPS', 'XLSX', 'PNG', 'JPEG'] as const

/**
 * A page of the check's evidence (issue 14 §6): `q` searches the file's and the uploader's organization's
 * names, `type` filters, `sort` is name, organization, uploaded or type (`-` before it: descending).
 */
export async function listCheckEvidence(
  id: number,
  request: { page: number; size: number; q?: string; sort?: string; type?: string | null },
): Promise<Page<CheckEvidence>> {
  const { data } = await http.get<Page<CheckEvidence>>(`/api/supervision-checks/${id}/evidence`, {
    params: listParams(request),
  })
  return data
}

export function evidenceUrl(id: number, documentId: number): string {
  return `/api/supervision-checks/${id}/evidence/${documentId}`
}

export async function getSettings(): Promise<SupervisionSetting[]> {
  const { data } = await http.get<SupervisionSetting[]>('/api/supervision-settings')
  return data
}

export async function putSetting(checkCode: string, delayDays: number, version: number | null): Promise<SupervisionSetting[]> {
  const { data } = await http.put<SupervisionSetting[]>('/api/supervision-settings', { checkCode, delayDays, version }, { silent: true })
  return data
}
