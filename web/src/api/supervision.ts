import { http } from './http'
import { downloadWorkbook, type Scorecard } from './indicator'
import type { Programme } from './keyProject'
import type { RunView } from './procedure'
import type { Page } from './types'
import { compactParams } from '@/utils/format'
import { listParams } from '@/utils/listQuery'
import type { components } from './schema'

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

type Schemas = components['schemas']

/** A check as the list shows it; `kind` and `state` narrowed to the values a check has. */
export type CheckSummary = Omit<Schemas['cn.ecozone.supervision.CheckSummary'], 'kind' | 'state'> & {
  kind: CheckKind
  state: CheckState
}

/** The rule's text, article and whether the data marks it uncertain, with the note. */
export type CheckRule = Schemas['cn.ecozone.supervision.CheckView.Rule']

export type CheckFinding = Schemas['cn.ecozone.supervision.CheckView.Finding']
export type CheckEvidence = Schemas['cn.ecozone.supervision.CheckView.Evidence']
export type CheckProject = Schemas['cn.ecozone.supervision.CheckView.Project']

/** The recorded conclusion; null while the check is open. */
export type CheckConclusion = Schemas['cn.ecozone.supervision.CheckView.Conclusion']

export type SuggestedPeriod = Schemas['cn.ecozone.supervision.CheckView.Suggested']

/**
 * A check with its rule, checklist, findings, evidence and conclusion; the scorecards stay the indicator
 * module's and `run` the procedure module's hand-written types until those modules migrate.
 */
export type CheckView = Omit<Schemas['cn.ecozone.supervision.CheckView'], 'check' | 'checklist' | 'index' | 'run'> & {
  check: CheckSummary
  checklist: Scorecard | null
  index: Scorecard[]
  run: RunView | null
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

/** A check's timing setting of the province; `kind` narrowed to the check kinds. */
export type SupervisionSetting = Omit<Schemas['cn.ecozone.supervision.SupervisionSetting'], 'kind'> & { kind: CheckKind }

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
