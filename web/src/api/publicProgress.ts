import { http } from './http'
import type { Programme } from './keyProject'

/**
 * The public progress page of a titled area (issue 13 §7, `cn.ecozone.portal.PublicProgressPage`): the
 * confirmed indicator values of the years since naming (at most 5), by Open SDG category, with the series.
 */
export const PROGRESS_CATEGORIES = ['ACHIEVED', 'ON_TRACK', 'ACCELERATION_NEEDED', 'LIMITED_PROGRESS', 'DETERIORATION', 'NO_DATA'] as const
export type ProgressCategory = (typeof PROGRESS_CATEGORIES)[number]

export type ProgressPoint = { year: number; value: number | null; flag: boolean | null; status: string }

export type ProgressRow = {
  code: string
  number: number | null
  group: string | null
  name: string
  unit: string | null
  binding: string
  targetText: string | null
  appliedTarget: string | null
  uncertain: boolean
  status: string
  category: ProgressCategory
  categoryReason: string
  series: ProgressPoint[]
}

export type ConfirmedProgress = {
  edition: string
  editionTitle: string
  fromYear: number
  toYear: number
  confirmedYears: number[]
  rows: ProgressRow[]
  synthetic: boolean
}

export type PublicProgress = {
  regionCode: string
  regionName: string
  subjectName: string
  programme: Programme
  namingBodyZh: string
  documentNumber: string
  namedOn: string
  titleState: string
  edition: string | null
  indicatorsArticle: string | null
  uncertain: boolean
  noteZh: string | null
  progress: ConfirmedProgress | null
  categories: Partial<Record<ProgressCategory, number>>
  categoryOrder: ProgressCategory[]
}

export async function publicProgress(regionCode: string, programme: Programme): Promise<PublicProgress> {
  const { data } = await http.get<PublicProgress>(`/api/public/progress/${encodeURIComponent(regionCode)}`, { params: { programme } })
  return data
}
