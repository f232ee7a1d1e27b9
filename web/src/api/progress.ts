import { http } from './http'
import type { components } from './schema'

/** Progress toward dated targets (Open SDG method), GET /api/progress (docs/progress.md). */

export const PROGRESS_CATEGORIES = [
  'ACHIEVED',
  'ON_TRACK',
  'ACCELERATION_NEEDED',
  'LIMITED_PROGRESS',
  'DETERIORATION',
  'NO_DATA',
] as const
export type ProgressCategory = (typeof PROGRESS_CATEGORIES)[number]

type Schemas = components['schemas']

/**
 * One dated target: `observedGrowth` is the compound annual rate (−0.026 = −2.6% a year), or the change
 * per year when the base is not positive; `explanation` in the request's language; `synthetic`: the base
 * or current value is generated demo data.
 */
export type ProgressRow = Schemas['cn.ecozone.indicator.ProgressManagement.Row']

/** The region's progress toward the edition's dated targets; `summary` counts the rows per category. */
export type ProgressReport = Omit<Schemas['cn.ecozone.indicator.ProgressManagement.Report'], 'summary'> & {
  summary: Record<ProgressCategory, number>
}

export type ProgressQuery = { edition: string; region: string; baseYear: number; year: number }

export async function getProgress(query: ProgressQuery): Promise<ProgressReport> {
  const { data } = await http.get<ProgressReport>('/api/progress', { params: query })
  return data
}
