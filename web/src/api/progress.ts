import { http } from './http'

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

export type ProgressRow = {
  code: string
  /** In the request's language. */
  name: string
  unit: string | null
  /** The target as the source words it. */
  targetText: string | null
  /** The target in short, e.g. "到2027年 ≤ 25微克/立方米". */
  appliedTarget: string | null
  targetValue: number
  targetYear: number
  higherIsBetter: boolean
  baseYear: number
  baseValue: number | null
  year: number
  value: number | null
  category: ProgressCategory
  /** Compound annual rate (−0.026 = −2.6% a year), or the change per year when the base is not positive. */
  observedGrowth: number | null
  requiredGrowth: number | null
  /** How the category was found, in the request's language. */
  explanation: string
  /** The base or current value is generated demo data. */
  synthetic: boolean
}

export type ProgressReport = {
  edition: string
  editionTitle: string
  regionCode: string
  regionName: string
  baseYear: number
  year: number
  synthetic: boolean
  rows: ProgressRow[]
  summary: Record<ProgressCategory, number>
}

export type ProgressQuery = { edition: string; region: string; baseYear: number; year: number }

export async function getProgress(query: ProgressQuery): Promise<ProgressReport> {
  const { data } = await http.get<ProgressReport>('/api/progress', { params: query })
  return data
}
