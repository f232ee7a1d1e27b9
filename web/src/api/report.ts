import { http } from './http'
import type { Page } from './types'
import type { ProcedureActRequest, RunView } from './procedure'
import type { Scorecard } from './indicator'
import { compactParams } from '@/utils/format'
import type { components } from './schema'

/** Where an annual report stands (Java `report.ReportState`). */
export const REPORT_STATES = ['OPEN', 'SUBMITTED', 'RETURNED', 'ACCEPTED'] as const
export type ReportState = (typeof REPORT_STATES)[number]

/** A key project frozen with a report at its submission (JSON on the server: no record describes it). */
export type FrozenProject = {
  id: number
  name: string
  status: string | null
  investment: number | null
  startYear: number | null
  endYear: number | null
  transformationMode: string | null
}

type Schemas = components['schemas']

export type ReportAttachment = Schemas['cn.ecozone.report.ReportView.Attachment']

/**
 * One annual report (Java `report.ReportView`): `dueFromSetting` says the due day is the province's
 * own, else the regulation's suggestion (see `dueNote`); `scorecard` and `projects` are what was frozen
 * at the last submission (JSON on the server), null before it or without an edition. The scorecard
 * stays the indicator module's type and `run` the procedure module's until they migrate.
 */
export type AnnualReport = Omit<Schemas['cn.ecozone.report.ReportView'], 'scorecard' | 'projects' | 'run'> & {
  scorecard: Scorecard | null
  projects: FrozenProject[] | null
  run: RunView
}

/** A report in the list (Java `report.ReportSummary`). */
export type AnnualReportSummary = Schemas['cn.ecozone.report.ReportSummary']

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
export type ReportSetting = Schemas['cn.ecozone.report.ReportSetting']

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

export type BimSender = Schemas['cn.ecozone.report.BimSender']

export type BimReport = Schemas['cn.ecozone.report.BimReport']

export type BimConsolidation = Schemas['cn.ecozone.report.BimConsolidation']

export type BimOverview = Schemas['cn.ecozone.report.BeautifulImManagement.Overview']

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
export type BimSenderStatus = Schemas['cn.ecozone.report.BeautifulImManagement.SenderStatus']

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
