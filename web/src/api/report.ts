import { http } from './http'
import type { Page } from './types'
import type { Programme } from './keyProject'
import type { ProcedureActRequest, RunView } from './procedure'
import type { Scorecard } from './indicator'
import { compactParams } from '@/utils/format'

/** Where an annual report stands (Java `report.ReportState`). */
export const REPORT_STATES = ['OPEN', 'SUBMITTED', 'RETURNED', 'ACCEPTED'] as const
export type ReportState = (typeof REPORT_STATES)[number]

/** A key project frozen with a report at its submission. */
export type FrozenProject = {
  id: number
  name: string
  status: string | null
  investment: number | null
  startYear: number | null
  endYear: number | null
  transformationMode: string | null
}

export type ReportAttachment = { documentId: number; name: string; attachedAt: string }

/** One annual report (Java `report.ReportView`). */
export type AnnualReport = {
  id: number
  titleId: number
  regionCode: string
  regionName: string
  subjectName: string
  programme: Programme
  regulationCode: string
  regulationVersion: number
  checkCode: string
  article: string | null
  year: number
  dueOn: string
  /** The due day is the province's own; else the regulation's suggestion (see `dueNote`). */
  dueFromSetting: boolean
  dueNote: string | null
  text: string | null
  progress: string | null
  scorecardEdition: string | null
  scorecardNote: string | null
  /** The scorecard frozen at the last submission; null before it or without an edition. */
  scorecard: Scorecard | null
  projects: FrozenProject[] | null
  frozenAt: string | null
  attachments: ReportAttachment[]
  state: ReportState
  currentStep: string | null
  returnReason: string | null
  editable: boolean
  updatedAt: string
  version: number
  run: RunView
}

/** A report in the list (Java `report.ReportSummary`). */
export type AnnualReportSummary = Pick<
  AnnualReport,
  | 'id'
  | 'titleId'
  | 'regionCode'
  | 'regionName'
  | 'subjectName'
  | 'programme'
  | 'year'
  | 'dueOn'
  | 'state'
  | 'currentStep'
  | 'updatedAt'
>

export type ReportFilter = {
  year?: number | null
  state?: ReportState | null
  region?: string | null
  q?: string | null
}

const base = '/api/annual-reports'

export async function listReports(filter: ReportFilter, page = 0, size = 20): Promise<Page<AnnualReportSummary>> {
  const { data } = await http.get<Page<AnnualReportSummary>>(base, { params: { ...compactParams(filter), page, size } })
  return data
}

export async function getReport(id: number): Promise<AnnualReport> {
  const { data } = await http.get<AnnualReport>(`${base}/${id}`)
  return data
}

export async function openReport(titleId: number, year: number): Promise<AnnualReport> {
  const { data } = await http.post<AnnualReport>(base, { titleId, year })
  return data
}

export async function writeReport(
  id: number,
  body: { text: string | null; progress: string | null; version: number },
): Promise<AnnualReport> {
  const { data } = await http.put<AnnualReport>(`${base}/${id}`, body)
  return data
}

export async function attachToReport(id: number, version: number, file: File): Promise<AnnualReport> {
  const form = new FormData()
  form.append('file', file)
  const { data } = await http.post<AnnualReport>(`${base}/${id}/attachments`, form, { params: { version } })
  return data
}

export function reportAttachmentUrl(id: number, documentId: number): string {
  return `${base}/${id}/attachments/${documentId}`
}

/** Sends a request of the procedure panel to the report's act endpoint, with the version read. */
export async function actOnReport(id: number, version: number, request: ProcedureActRequest): Promise<AnnualReport> {
  const { data } = await http.post<AnnualReport>(`${base}/${id}/act`, {
    action: request.action,
    stepCode: request.stepCode,
    opinion: request.opinion,
    reason: request.reason,
    version,
  })
  return data
}

/** The due day of one yearly report in the province (Java `report.ReportSetting`). */
export type ReportSetting = {
  jurisdiction: string
  regulationCode: string
  regulationVersion: number
  regulationTitle: string
  checkCode: string
  checkText: string
  article: string | null
  suggestedMonthDay: string | null
  silent: boolean
  uncertain: boolean
  dueNote: string | null
  monthDay: string | null
  note: string | null
  setBy: string | null
  setAt: string | null
  version: number | null
}

export async function listReportSettings(): Promise<ReportSetting[]> {
  const { data } = await http.get<ReportSetting[]>('/api/report-settings')
  return data
}

export async function changeReportSetting(change: {
  regulationCode: string
  checkCode: string
  monthDay: string
  note: string | null
  version: number | null
}): Promise<ReportSetting> {
  const { data } = await http.put<ReportSetting>('/api/report-settings', change)
  return data
}

/** Beautiful Inner Mongolia (004 art. 41). */
export const BIM_SENDER_KINDS = ['LEAGUE', 'DEPARTMENT'] as const
export type BimSenderKind = (typeof BIM_SENDER_KINDS)[number]

export type BimSender = { code: string; nameZh: string; kind: BimSenderKind; uncertain: boolean }

export type BimReport = {
  id: number
  year: number
  senderCode: string
  senderName: string
  senderKind: BimSenderKind
  text: string
  receivedBy: string
  receivedAt: string
}

export type BimConsolidation = {
  id: number
  year: number
  reportsIncluded: number
  docxDocumentId: number
  pdfDocumentId: number
  madeBy: string
  madeAt: string
}

export type BimOverview = {
  year: number
  article: string
  textZh: string
  departmentsNote: string | null
  senders: BimSender[]
  received: BimReport[]
  consolidations: BimConsolidation[]
}

export async function bimOverview(year: number): Promise<BimOverview> {
  const { data } = await http.get<BimOverview>('/api/beautiful-im/overview', { params: { year } })
  return data
}

export async function receiveBimReport(year: number, senderCode: string | null, text: string): Promise<BimReport> {
  const { data } = await http.post<BimReport>('/api/beautiful-im/reports', { year, senderCode, text })
  return data
}

export async function consolidateBim(year: number): Promise<BimConsolidation> {
  const { data } = await http.post<BimConsolidation>('/api/beautiful-im/consolidations', { year })
  return data
}

export function bimFileUrl(id: number, format: 'docx' | 'pdf'): string {
  return `/api/beautiful-im/consolidations/${id}/${format}`
}

/** Whether the logged-in league government sends its own Beautiful Inner Mongolia report (data: the leagues). */
export type BimSenderStatus = { sender: boolean; code: string | null; nameZh: string | null }

export async function bimSenderStatus(): Promise<BimSenderStatus> {
  const { data } = await http.get<BimSenderStatus>('/api/beautiful-im/sender', { silent: true })
  return data
}

/** The league's own reports of a year (at most one). */
export async function ownBimReports(year: number): Promise<BimReport[]> {
  const { data } = await http.get<BimReport[]>('/api/beautiful-im/reports', { params: { year } })
  return data
}

/** The department reminds the leagues that have not sent; returns those reminded. */
export async function remindBim(year: number): Promise<BimSender[]> {
  const { data } = await http.post<BimSender[]>('/api/beautiful-im/reminders', { year })
  return data
}
