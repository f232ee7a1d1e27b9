import type { Role } from '@/api/types'
import type { GradeBand } from '@/api/grading'

/** Who opens the annual evaluation page: the committee office grades; the league's staff and the banners read. */
export const GRADING_ROLES: Role[] = ['COMMITTEE_OFFICE', 'PREFECTURE_STAFF', 'COUNTY_GOVERNMENT']

/** The year evaluated by default: the previous one (art. 9: 上一年度工作自评估). */
export function defaultYear(today: Date): number {
  return today.getFullYear() - 1
}

/** The band a total falls in, as the server computes it (bands ordered from the highest minimum). */
export function bandOf(total: number, bands: GradeBand[]): GradeBand | null {
  for (const band of bands) {
    if (total >= band.minScore) return band
  }
  return bands.length > 0 ? bands[bands.length - 1] : null
}

/** The bands in words: 优秀 ≥ 90、良好 ≥ 80 … */
export function bandsText(bands: GradeBand[]): string {
  return bands.map((b) => `${b.nameZh} ≥ ${b.minScore}`).join('、')
}
