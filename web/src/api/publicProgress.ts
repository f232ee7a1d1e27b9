import { http } from './http'
import type { Programme } from './keyProject'
import type { components } from './schema'

/**
 * The public progress page of a titled area (issue 13 §7, `cn.ecozone.portal.PublicProgressPage`): the
 * confirmed indicator values of the years since naming (at most 5), by Open SDG category, with the series.
 */
export const PROGRESS_CATEGORIES = ['ACHIEVED', 'ON_TRACK', 'ACCELERATION_NEEDED', 'LIMITED_PROGRESS', 'DETERIORATION', 'NO_DATA'] as const
export type ProgressCategory = (typeof PROGRESS_CATEGORIES)[number]

type Schemas = components['schemas']

/** One confirmed year of an indicator. */
export type ProgressPoint = Schemas['cn.ecozone.indicator.ConfirmedProgress.Point']

/** One indicator: its attainment in the latest confirmed year, its category and why, and its series. */
export type ProgressRow = Schemas['cn.ecozone.indicator.ConfirmedProgress.Row']

/** The confirmed values of the years since naming (at most 5). */
export type ConfirmedProgress = Schemas['cn.ecozone.indicator.ConfirmedProgress']

/** The public progress page of a titled area; `categories` counts the rows per category present. */
export type PublicProgress = Omit<Schemas['cn.ecozone.portal.PublicProgress'], 'categories'> & {
  categories: Partial<Record<ProgressCategory, number>>
}

export async function publicProgress(regionCode: string, programme: Programme): Promise<PublicProgress> {
  const { data } = await http.get<PublicProgress>(`/api/public/progress/${encodeURIComponent(regionCode)}`, { params: { programme } })
  return data
}
