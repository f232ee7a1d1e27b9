import { http } from './http'
import { downloadWorkbook } from './indicator'
import type { Programme } from './keyProject'
import type { Page } from './types'
import type { components } from './schema'
import { compactParams } from '@/utils/format'

/**
 * Types and calls of the title module (issue 12 §5, `cn.ecozone.title`): the subject's receipt of its
 * submission on the national platform (IM art. 16), the naming the province records, the titles, the
 * public list of titled areas, and the province's round overview (§6). Keep the names in step with the
 * Java records.
 */

type Schemas = components['schemas']

export const TITLE_STATES = ['VALID', 'EXPIRED', 'REVOKED'] as const
export type TitleState = (typeof TITLE_STATES)[number]

/** The steps whose completion needs a naming: IM records the Ministry's result, Guizhou names (art. 16). */
export const NAMING_STEPS = ['MINISTRY_RESULT', 'DESIGNATE'] as const
export const RECEIPT_STEP = 'NATIONAL_PLATFORM'

/** A title (称号) as the province sees it; the validity from the pinned regulation (the note when uncertain). */
export type TitleView = Schemas['cn.ecozone.title.TitleView']

/** A titled area as the public list shows it; `regionCode` links to its public progress page (issue 13 §7). */
export type PublicTitle = Schemas['cn.ecozone.title.PublicTitle']

/** The subject's receipt of its submission on the national platform (IM eco-civ art. 16). */
export type PlatformReceiptView = Schemas['cn.ecozone.title.PlatformReceiptView']

export type ReceiptRequest = {
  submittedOn: string
  receiptNumber: string
  opinion?: string
  /** The run's version the subject saw. */
  version: number
}

export type NamingRequest = {
  named: boolean
  namingBodyZh: string | null
  documentNumber: string | null
  decidedOn: string
  reason: string | null
  /** The run's version the actor saw. */
  version: number
}

/** A recorded naming, with the title it gave (null when not named). */
export type NamingView = Schemas['cn.ecozone.title.NamingView']

export type TitleFilter = {
  regionCode: string | null
  programme: Programme | null
  year: number | null
  q: string | null
  /** The staff list's sort key (subject, region, programme, named, valid), `-` for descending. */
  sort?: string | null
}

/**
 * Where one dossier of a round stands (issue 12 §6): `blocks` is what the waiting step still lacks on
 * record, in the user's language; `receiptNumber` and `receiptFile` the latest national-platform receipt.
 */
export type RoundOverviewRow = Schemas['cn.ecozone.title.RoundOverviewRow']

export type RoundOverviewFilter = {
  stepCode: string | null
  regionCode: string | null
  overdueOnly: boolean
  q: string | null
}

export async function getReceipt(dossierId: number): Promise<PlatformReceiptView | null> {
  const { data, status } = await http.get<PlatformReceiptView>(`/api/platform-receipts/${dossierId}`, { validateStatus: (s) => s === 200 || s === 404 })
  return status === 200 ? data : null
}

/** Downloads the uploaded file of the dossier's latest national-platform receipt (the subject and the province). */
export async function downloadReceipt(dossierId: number): Promise<void> {
  await downloadWorkbook(`/api/platform-receipts/${dossierId}/document`, {}, `receipt-${dossierId}`)
}

export async function recordReceipt(dossierId: number, body: ReceiptRequest): Promise<PlatformReceiptView> {
  const { data } = await http.post<PlatformReceiptView>(`/api/platform-receipts/${dossierId}`, body)
  return data
}

export async function recordReceiptWithDocument(dossierId: number, body: ReceiptRequest, file: File): Promise<PlatformReceiptView> {
  const form = new FormData()
  form.append('file', file)
  const { data } = await http.post<PlatformReceiptView>(`/api/platform-receipts/${dossierId}/document`, form, {
    params: compactParams({ submittedOn: body.submittedOn, receiptNumber: body.receiptNumber, version: body.version }),
  })
  return data
}

export async function recordNaming(dossierId: number, body: NamingRequest): Promise<NamingView> {
  const { data } = await http.post<NamingView>(`/api/namings/${dossierId}`, body)
  return data
}

export async function listTitles(filter: TitleFilter, page = 0, size = 20): Promise<Page<TitleView>> {
  const { data } = await http.get<Page<TitleView>>('/api/titles', { params: { ...compactParams(filter), page, size } })
  return data
}

/** The staff list with the same filters and order as an Excel workbook (issue 14 §5), recorded in the audit log. */
export async function exportTitles(filter: TitleFilter): Promise<void> {
  const params: Record<string, string> = {}
  for (const [key, value] of Object.entries(compactParams(filter))) params[key] = String(value)
  await downloadWorkbook('/api/titles/export', params, 'titles.xlsx')
}

export async function listPublicTitles(filter: TitleFilter, page = 0, size = 20): Promise<Page<PublicTitle>> {
  const { data } = await http.get<Page<PublicTitle>>('/api/public/titles', { params: { ...compactParams(filter), page, size } })
  return data
}

function overviewParams(filter: RoundOverviewFilter): Record<string, string> {
  const params: Record<string, string> = {}
  if (filter.stepCode) params.stepCode = filter.stepCode
  if (filter.regionCode) params.regionCode = filter.regionCode
  if (filter.overdueOnly) params.overdueOnly = 'true'
  if (filter.q) params.q = filter.q
  return params
}

export async function listRoundOverview(roundId: number, filter: RoundOverviewFilter, page = 0, size = 20): Promise<Page<RoundOverviewRow>> {
  const { data } = await http.get<Page<RoundOverviewRow>>(`/api/round-overview/${roundId}`, { params: { ...overviewParams(filter), page, size } })
  return data
}

export async function exportRoundOverview(roundId: number, filter: RoundOverviewFilter): Promise<void> {
  await downloadWorkbook(`/api/round-overview/${roundId}/export`, overviewParams(filter), 'round-overview.xlsx')
}

/** The last day a title named on `namedOn` for `years` is valid, as the server computes it (ISO dates). */
export function lastValidDay(namedOn: string, years: number): string {
  const [y, m, d] = namedOn.split('-').map(Number)
  // as java.time: 29 February plus whole years is 28 February in a common year
  const monthLength = new Date(Date.UTC(y + years, m, 0)).getUTCDate()
  const end = new Date(Date.UTC(y + years, m - 1, Math.min(d, monthLength)))
  end.setUTCDate(end.getUTCDate() - 1)
  return end.toISOString().slice(0, 10)
}
