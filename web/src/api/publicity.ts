import { http } from './http'
import type { Page } from './types'
import { downloadWorkbook } from './indicator'
import { listParams } from '@/utils/listQuery'
import type { Programme } from './regulation'
import type { components } from './schema'

/** Types and calls of publicity (issue 12 §3; docs/publicity.md): notices, the public complaint desk, investigation. */

export const COMPLAINT_STATES = ['RECEIVED', 'INVESTIGATING', 'FOUND'] as const
export type ComplaintState = (typeof COMPLAINT_STATES)[number]

export const FINDINGS = ['TRUE', 'UNTRUE', 'UNSUPPORTED', 'RESOLVED'] as const
export type Finding = (typeof FINDINGS)[number]

export type NoticeState = 'DRAFT' | 'PUBLISHED'

type Schemas = components['schemas']

export type NoticeSummary = Schemas['cn.ecozone.publicity.NoticeSummary']

/** A published notice as the public reads it, with the dossiers it lists. */
export type PublicNotice = Schemas['cn.ecozone.publicity.PublicNotice']

/**
 * A dossier a notice lists: `opening` the step opening the notice lists it for (null on a legacy
 * duplicate); `current` whether it waits at the notice's step in that opening (false once returned and
 * brought back: a new notice publicises it); `blockingComplaintId` the first blocking complaint's
 * internal number (never its tracking number).
 */
export type NoticeEntry = Schemas['cn.ecozone.publicity.NoticeView.Entry']

export type NoticeView = Schemas['cn.ecozone.publicity.NoticeView']

export type NoticeInput = {
  roundId: number
  stepCode: string
  dossierIds: number[]
  title: string
  issuerName: string
  documentNumber: string
  publishedOn: string
  endsOn: string | null
  wherePublished: string
  howToComplain: string
}

export type PeriodPreview = Schemas['cn.ecozone.publicity.PeriodPreview']

/** A dossier waiting at a step (the dossier module's record, hand-written until it migrates). */
export type WaitingDossier = {
  dossier: { id: number; candidacyId: number; subjectName: string; regionCode: string; regionName: string }
  runId: number
  currentStepCode: string | null
}

export type ComplaintInput = { dossierId: number; name: string | null; contact: string | null; text: string }
export type ComplaintReceipt = Schemas['cn.ecozone.publicity.ComplaintReceipt']
export type Tracking = Schemas['cn.ecozone.publicity.Tracking']

/**
 * A complaint as the staff read it: in full (`inFull`) by its investigator and the province's staff, else
 * without complainant, text and documents; the tracking number only to the investigator. `delegatedAt`:
 * when the province handed the investigation to the present investigator (Guizhou art. 15);
 * `mayDelegate`: the reader investigates it and may hand it to the municipal ecology bureau.
 */
export type ComplaintView = Schemas['cn.ecozone.publicity.ComplaintView']

export type SettingView = Schemas['cn.ecozone.publicity.SettingView']

const pub = { silent: true, skipAuthRedirect: true }

/** The public index of published notices (no login); `current` true: running or to come, false: past. */
export async function listPublicNotices(current: boolean | null, q: string, page = 0, size = 20): Promise<Page<NoticeSummary>> {
  const { data } = await http.get<Page<NoticeSummary>>('/api/public/notices', {
    params: { current: current ?? undefined, q: q || undefined, page, size },
    ...pub,
  })
  return data
}

export async function getPublicNotice(id: number): Promise<PublicNotice> {
  const { data } = await http.get<PublicNotice>(`/api/public/notices/${id}`, pub)
  return data
}

/** Files a complaint (no login); the answer carries the tracking number. */
export async function fileComplaint(noticeId: number, body: ComplaintInput): Promise<ComplaintReceipt> {
  const { data } = await http.post<ComplaintReceipt>(`/api/public/notices/${noticeId}/complaints`, body, pub)
  return data
}

/** Attaches a file to a complaint by its tracking number, while the period runs. */
export async function attachToComplaint(trackingNumber: string, file: File): Promise<Tracking> {
  const form = new FormData()
  form.append('file', file)
  const { data } = await http.post<Tracking>(`/api/public/complaints/${encodeURIComponent(trackingNumber)}/attachments`, form, {
    timeout: 600_000,
    ...pub,
  })
  return data
}

export async function trackComplaint(trackingNumber: string): Promise<Tracking> {
  const { data } = await http.get<Tracking>(`/api/public/complaints/${encodeURIComponent(trackingNumber)}`, pub)
  return data
}

/** What the staff's notice list shows (issue 14 §6); `sort` a key (title, published, ends, state, created), `-` for descending. */
export type NoticeListFilter = {
  roundId?: number | null
  q?: string | null
  state?: NoticeState | null
  programme?: Programme | null
  year?: number | null
  sort?: string | null
}

export async function listNotices(filter: NoticeListFilter, page = 0, size = 20): Promise<Page<NoticeSummary>> {
  const { data } = await http.get<Page<NoticeSummary>>('/api/publicity/notices', {
    params: { ...listParams(filter), page, size },
  })
  return data
}

/** The list with the same filters and order as an Excel workbook (issue 14 §5), recorded in the audit log. */
export async function exportNotices(filter: NoticeListFilter): Promise<void> {
  await downloadWorkbook('/api/publicity/notices/export', listParams(filter), 'notices.xlsx')
}

export async function getNotice(id: number): Promise<NoticeView> {
  const { data } = await http.get<NoticeView>(`/api/publicity/notices/${id}`)
  return data
}

export async function waitingAt(roundId: number, stepCode: string): Promise<WaitingDossier[]> {
  const { data } = await http.get<WaitingDossier[]>('/api/publicity/waiting', { params: { roundId, stepCode } })
  return data
}

export async function previewPeriod(roundId: number, stepCode: string, publishedOn: string, endsOn: string | null): Promise<PeriodPreview> {
  const { data } = await http.get<PeriodPreview>('/api/publicity/period', {
    params: { roundId, stepCode, publishedOn, endsOn: endsOn ?? undefined },
    silent: true,
  })
  return data
}

export async function draftNotice(body: NoticeInput): Promise<NoticeView> {
  const { data } = await http.post<NoticeView>('/api/publicity/notices', body)
  return data
}

export async function updateNotice(id: number, version: number, notice: NoticeInput): Promise<NoticeView> {
  const { data } = await http.put<NoticeView>(`/api/publicity/notices/${id}`, { version, notice })
  return data
}

export async function publishNotice(id: number, version: number): Promise<NoticeView> {
  const { data } = await http.post<NoticeView>(`/api/publicity/notices/${id}/publish`, { version })
  return data
}

export async function correctNotice(id: number, version: number, text: string): Promise<NoticeView> {
  const { data } = await http.post<NoticeView>(`/api/publicity/notices/${id}/corrections`, { version, text })
  return data
}

/** 公示期满，办结公示: completes the step on each listed dossier's run (409 before the period ends). */
export async function completeNotice(id: number, version: number): Promise<NoticeView> {
  const { data } = await http.post<NoticeView>(`/api/publicity/notices/${id}/complete`, { version })
  return data
}

/** What the staff's complaint list shows (issue 14 §6); `sort` a key (received, due, state), `-` for descending. */
export type ComplaintListFilter = {
  noticeId?: number | null
  state?: ComplaintState | null
  q?: string | null
  year?: number | null
  sort?: string | null
}

export async function listComplaints(filter: ComplaintListFilter, page = 0, size = 20): Promise<Page<ComplaintView>> {
  const { data } = await http.get<Page<ComplaintView>>('/api/publicity/complaints', {
    params: { ...listParams(filter), page, size },
  })
  return data
}

/** The list with the same filters and order as an Excel workbook, without the complainants' personal data (issue 14 §5). */
export async function exportComplaints(filter: ComplaintListFilter): Promise<void> {
  await downloadWorkbook('/api/publicity/complaints/export', listParams(filter), 'complaints.xlsx')
}

export async function getComplaint(id: number): Promise<ComplaintView> {
  const { data } = await http.get<ComplaintView>(`/api/publicity/complaints/${id}`)
  return data
}

export async function startInvestigation(id: number, version: number): Promise<ComplaintView> {
  const { data } = await http.post<ComplaintView>(`/api/publicity/complaints/${id}/investigation`, { version })
  return data
}

/** The province department hands the investigation to the municipal ecology bureau (Guizhou art. 15). */
export async function delegateComplaint(id: number, version: number): Promise<ComplaintView> {
  const { data } = await http.post<ComplaintView>(`/api/publicity/complaints/${id}/delegation`, { version })
  return data
}

export async function recordFinding(id: number, finding: Finding, text: string, version: number): Promise<ComplaintView> {
  const { data } = await http.post<ComplaintView>(`/api/publicity/complaints/${id}/finding`, { finding, text, version })
  return data
}

export async function uploadEvidence(id: number, file: File): Promise<ComplaintView> {
  const form = new FormData()
  form.append('file', file)
  const { data } = await http.post<ComplaintView>(`/api/publicity/complaints/${id}/evidence`, form, { timeout: 600_000 })
  return data
}

export async function getSetting(provinceCode: string): Promise<SettingView> {
  const { data } = await http.get<SettingView>(`/api/publicity/settings/${provinceCode}`)
  return data
}

export async function putSetting(provinceCode: string, complaintWorkingDays: number, version: number | null): Promise<SettingView> {
  const { data } = await http.put<SettingView>(`/api/publicity/settings/${provinceCode}`, { complaintWorkingDays, version })
  return data
}

/** Whether a tracking number has the form the desk hands out (16 letters and digits). */
export function isTrackingNumber(text: string): boolean {
  return /^[A-Z2-9]{16}$/.test(text.trim().toUpperCase())
}
