import { http } from './http'
import type { Page } from './types'
import type { IndicatorYear, SubmissionState, YearKey } from './indicator'
import type { components } from './schema'

/** Request bodies, generated from the server's API description (docs/adr/0051). */
type Schemas = components['schemas']
export type RemindRequest = Schemas['cn.ecozone.indicator.web.IndicatorReviewController.RemindRequest']
export type ConfirmRequest = Schemas['cn.ecozone.indicator.web.IndicatorReviewController.ConfirmRequest']
export type ConfirmItem = Schemas['cn.ecozone.indicator.web.IndicatorReviewController.ConfirmItem']

/** The review side of an indicator year (issue 14 §2): IndicatorReviewController. */

export type IndicatorComment = { indicator: string; comment: string }

export type ReviewDecision = {
  action: 'CONFIRM' | 'RETURN'
  /** The confirmation's opinion (may be null) or the return's reason. */
  opinion: string | null
  comments: IndicatorComment[]
  decidedBy: string
  decidedAt: string
}

export type IndicatorReview = {
  edition: string
  regionCode: string
  unitId: number | null
  year: number
  state: SubmissionState
  version: number
  latest: ReviewDecision | null
  history: ReviewDecision[]
}

export const OVERVIEW_STATES = ['NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'CONFIRMED'] as const
export type OverviewState = (typeof OVERVIEW_STATES)[number]

export type OverviewRow = {
  regionCode: string
  regionName: string
  parentName: string | null
  state: OverviewState
  submittedAt: string | null
  decidedAt: string | null
  version: number
  remindedToday: boolean
  mayConfirm: boolean
  mayRemind: boolean
}

export type IndicatorOverview = {
  edition: string
  year: number
  parentCode: string
  parentName: string
  counts: Record<OverviewState, number>
  page: Page<OverviewRow>
}

/** One region's outcome of a 催报 or of a batch confirmation. */
export type RegionOutcome = { regionCode: string; ok: boolean; status: number; message: string | null }

function enc(part: string): string {
  return encodeURIComponent(part)
}

export async function getReview(key: YearKey): Promise<IndicatorReview> {
  const { data } = await http.get<IndicatorReview>('/api/indicator-reviews', { params: key })
  return data
}

/** A confirmation with its optional opinion. */
export async function confirmYear(key: YearKey, opinion: string): Promise<IndicatorYear> {
  const { data } = await http.post<IndicatorYear>(
    `/api/indicator-submissions/${enc(key.edition)}/${enc(key.region)}/${key.year}/CONFIRM`,
    opinion.trim() ? { opinion: opinion.trim() } : {},
    { params: key.unit ? { unit: key.unit } : {} },
  )
  return data
}

/** A return with its reason and the indicators it names. */
export async function returnYear(key: YearKey, reason: string, comments: IndicatorComment[]): Promise<IndicatorYear> {
  const { data } = await http.post<IndicatorYear>(
    `/api/indicator-submissions/${enc(key.edition)}/${enc(key.region)}/${key.year}/RETURN`,
    { reason, comments },
    { params: key.unit ? { unit: key.unit } : {} },
  )
  return data
}

export type OverviewQuery = {
  edition: string
  year: number
  state?: OverviewState | null
  page: number
  size: number
}

export async function getOverview(query: OverviewQuery): Promise<IndicatorOverview> {
  const { data } = await http.get<IndicatorOverview>('/api/indicator-overview', {
    params: { ...query, state: query.state ?? undefined },
  })
  return data
}

export async function remindRegions(edition: string, year: number, regions: string[]): Promise<RegionOutcome[]> {
  const body: RemindRequest = { edition, year, regions }
  const { data } = await http.post<RegionOutcome[]>('/api/indicator-overview/remind', body)
  return data
}

export async function confirmRegions(
  edition: string,
  year: number,
  items: ConfirmItem[],
  opinion: string,
): Promise<RegionOutcome[]> {
  const body: ConfirmRequest = { edition, year, items, opinion: opinion.trim() || undefined }
  const { data } = await http.post<RegionOutcome[]>('/api/indicator-overview/confirm', body)
  return data
}
