import { http } from './http'
import { downloadWorkbook } from './indicator'
import type { Programme } from './regulation'
import { listParams } from '@/utils/listQuery'
import type { RunView } from './procedure'
import type { Page } from './types'
import type { components } from './schema'

/**
 * Types and calls of the enforcement module (issue 13 §3, `cn.ecozone.enforcement`): proposals opened
 * from evidence and decided by a person, and rectifications with their working-day due dates. Keep the
 * names in step with the Java records.
 */

export const PROPOSAL_STATES = ['OPEN', 'ACTED', 'DISMISSED'] as const
export type ProposalState = (typeof PROPOSAL_STATES)[number]

export const MEASURES = ['RECTIFICATION', 'WARNING', 'REVOCATION'] as const
export type Measure = (typeof MEASURES)[number]

/** 情节轻重: the platform's three grades (the seeds name none). */
export const SEVERITIES = ['MINOR', 'SERIOUS', 'GRAVE'] as const
export type Severity = (typeof SEVERITIES)[number]

export const RECTIFICATION_STATES = ['OPEN', 'OVERDUE', 'COMPLETED', 'ESCALATED'] as const
export type RectificationState = (typeof RECTIFICATION_STATES)[number]

export const SANCTION_CODES = [
  'INSPECTION_MAJOR_PROBLEM',
  'RESOURCE_VIOLATION',
  'FOREST_CASE_UNRECTIFIED',
  'MAJOR_INCIDENT',
  'QUALITY_DECLINE',
  'RECTIFICATION_FAILED',
  'FRAUD',
  'KEY_TASKS_UNFINISHED',
  'REVOCATION',
] as const

type Schemas = components['schemas']

/** What a proposal rests on; `source` narrowed to the sources the server names. */
export type Evidence = Omit<Schemas['cn.ecozone.enforcement.Evidence'], 'source'> & {
  source: 'REGISTER' | 'CHECK' | 'RECTIFICATION' | 'SERIES' | 'INDICATOR'
}

/** A measure the decision may take, with its period (null for a revocation) and the period's note. */
export type MeasureOption = Schemas['cn.ecozone.enforcement.ProposalView.MeasureOption']

export type ProposalSummary = Schemas['cn.ecozone.enforcement.ProposalSummary']

/** A proposal with its options and evidence; `run` stays the procedure module's type until it migrates. */
export type ProposalView = Omit<Schemas['cn.ecozone.enforcement.ProposalView'], 'evidence' | 'run'> & {
  evidence: Evidence[]
  run: RunView | null
}

/** The decision a dialog sends. */
export type Decision = {
  version: number
  /** null dismisses (a reason is then required). */
  measure: Measure | null
  severity: Severity | null
  reason: string | null
  workingDays: number | null
  documentNumber: string | null
}

export type RectificationSummary = Schemas['cn.ecozone.enforcement.RectificationSummary']

/**
 * A rectification in full; `reportedOn` is the day the subject reported while the report awaits the
 * department (its deadline stopped). `run` stays the procedure module's type until it migrates.
 */
export type RectificationView = Omit<Schemas['cn.ecozone.enforcement.RectificationView'], 'run'> & { run: RunView | null }

/** A document uploaded for the rectification report. */
export type RectificationDocument = Schemas['cn.ecozone.enforcement.RectificationView.Document']

/**
 * The proposal list's filters (issue 14 §6); `q` part of the subject's or its region's name, `sort`
 * `key` or `-key` of opened, state, sanction, region, subject.
 */
export type ProposalFilter = {
  q?: string | null
  state?: ProposalState | null
  code?: string | null
  regionCode?: string | null
  programme?: Programme | null
  year?: number | null
  sort?: string | null
}

export async function listProposals(filter: ProposalFilter, page = 0, size = 20): Promise<Page<ProposalSummary>> {
  const { data } = await http.get<Page<ProposalSummary>>('/api/enforcement-proposals', {
    params: { ...listParams(filter), page, size },
  })
  return data
}

/** The proposal list with these filters as an .xlsx workbook (what the list shows, issue 14 §5). */
export async function exportProposals(filter: ProposalFilter): Promise<void> {
  await downloadWorkbook('/api/enforcement-proposals/export', listParams(filter), 'proposals.xlsx')
}

export async function getProposal(id: number): Promise<ProposalView> {
  const { data } = await http.get<ProposalView>(`/api/enforcement-proposals/${id}`)
  return data
}

export async function decideProposal(id: number, decision: Decision): Promise<ProposalView> {
  const { data } = await http.post<ProposalView>(`/api/enforcement-proposals/${id}/decision`, decision)
  return data
}

/**
 * The rectification list's filters (issue 14 §6); `q` part of the subject's or its region's name,
 * `year` the year ordered, `sort` `key` or `-key` of created, ordered, due, state, stage, region, subject.
 */
export type RectificationFilter = {
  q?: string | null
  state?: RectificationState | null
  region?: string | null
  programme?: Programme | null
  year?: number | null
  sort?: string | null
}

export async function listRectifications(
  filter: RectificationFilter,
  page = 0,
  size = 20,
): Promise<Page<RectificationSummary>> {
  const { data } = await http.get<Page<RectificationSummary>>('/api/rectifications', {
    params: { ...listParams(filter), page, size },
  })
  return data
}

/** The rectification list with these filters as an .xlsx workbook (what the list shows, issue 14 §5). */
export async function exportRectifications(filter: RectificationFilter): Promise<void> {
  await downloadWorkbook('/api/rectifications/export', listParams(filter), 'rectifications.xlsx')
}

export async function getRectification(id: number): Promise<RectificationView> {
  const { data } = await http.get<RectificationView>(`/api/rectifications/${id}`)
  return data
}

/** The subject's report with the documents uploaded for this rectification (any other id is a 400). */
export async function reportRectification(
  id: number,
  version: number,
  report: string,
  documentIds: number[] = [],
): Promise<RectificationView> {
  const { data } = await http.post<RectificationView>(`/api/rectifications/${id}/report`, { version, report, documentIds })
  return data
}

/** Uploads a document for the rectification report (the subject holding the report task). */
export async function uploadRectificationDocument(id: number, file: File): Promise<RectificationView> {
  const form = new FormData()
  form.append('file', file)
  const { data } = await http.post<RectificationView>(`/api/rectifications/${id}/documents`, form)
  return data
}

export function rectificationDocumentUrl(id: number, documentId: number): string {
  return `/api/rectifications/${id}/documents/${documentId}`
}

export async function acceptRectification(id: number, version: number, opinion: string): Promise<RectificationView> {
  const { data } = await http.post<RectificationView>(`/api/rectifications/${id}/accept`, { version, opinion })
  return data
}

export async function returnRectification(id: number, version: number, opinion: string): Promise<RectificationView> {
  const { data } = await http.post<RectificationView>(`/api/rectifications/${id}/return`, { version, opinion })
  return data
}

/** What a decision dialog may send: a measure needs its severity; dismissing needs a reason. */
export function decisionProblem(d: Pick<Decision, 'measure' | 'severity' | 'reason' | 'workingDays'>): 'severity' | 'reason' | 'workingDays' | null {
  if (d.measure === null) return d.reason && d.reason.trim() ? null : 'reason'
  if (!d.severity) return 'severity'
  if (d.workingDays !== null && (d.workingDays < 1 || d.workingDays > 250 || !Number.isInteger(d.workingDays))) return 'workingDays'
  return null
}
