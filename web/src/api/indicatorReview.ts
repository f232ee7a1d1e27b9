import { http } from './http'
import type { IndicatorYear, YearKey } from './indicator'
import type { components } from './schema'

/** Request bodies, generated from the server's API description (docs/adr/0051). */
type Schemas = components['schemas']
export type RemindRequest = Schemas['cn.ecozone.indicator.web.IndicatorReviewController.RemindRequest']
export type ConfirmRequest = Schemas['cn.ecozone.indicator.web.IndicatorReviewController.ConfirmRequest']
export type ConfirmItem = Schemas['cn.ecozone.indicator.web.IndicatorReviewController.ConfirmItem']

/**
 * The review side of an indicator year (issue 14 §2): IndicatorReviewController. The answer types are
 * aliases of the generated schema (docs/adr/0058); the overview's query is the client's own.
 */

/** An indicator a return names, with its own comment. */
export type IndicatorComment = Schemas['cn.ecozone.indicator.IndicatorReview.IndicatorComment']

/** One confirmation or return; `opinion` the confirmation's opinion (may be null) or the return's reason. */
export type ReviewDecision = Schemas['cn.ecozone.indicator.IndicatorReview.Decision']

/** Every decision on a year, oldest first, and the latest (null before the first). */
export type IndicatorReview = Schemas['cn.ecozone.indicator.IndicatorReview']

export const OVERVIEW_STATES = ['NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'CONFIRMED'] as const
export type OverviewState = (typeof OVERVIEW_STATES)[number]

export type OverviewRow = Schemas['cn.ecozone.indicator.OverviewRow']

/** The counts per state (whatever the filter) and one page of the regions. */
export type IndicatorOverview = Schemas['cn.ecozone.indicator.IndicatorOverview']

/** One region's outcome of a 催报; a batch confirmation's outcome carries its problem `code` besides. */
export type RegionOutcome = Schemas['cn.ecozone.indicator.ReminderOutcome']

export type ConfirmOutcome = Schemas['cn.ecozone.indicator.ReviewOutcome']

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
): Promise<ConfirmOutcome[]> {
  const body: ConfirmRequest = { edition, year, items, opinion: opinion.trim() || undefined }
  const { data } = await http.post<ConfirmOutcome[]>('/api/indicator-overview/confirm', body)
  return data
}
