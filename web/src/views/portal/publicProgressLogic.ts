import { PROGRESS_CATEGORIES, type ConfirmedProgress, type ProgressCategory, type ProgressRow, type PublicProgress } from '@/api/publicProgress'
import type { ChartOption } from '@/views/indicator/charts'

/** The tag colour of each category on the public progress page. */
export const CATEGORY_TAG: Record<ProgressCategory, 'success' | 'primary' | 'warning' | 'danger' | 'info'> = {
  ACHIEVED: 'success',
  ON_TRACK: 'success',
  ACCELERATION_NEEDED: 'warning',
  LIMITED_PROGRESS: 'warning',
  DETERIORATION: 'danger',
  NO_DATA: 'info',
}

/** The rows of one category, in the edition's order. */
export function rowsOf(progress: ConfirmedProgress | null, category: ProgressCategory): ProgressRow[] {
  return (progress?.rows ?? []).filter((r) => r.category === category)
}

/** The categories that hold rows, in the page's order. */
export function shownCategories(page: PublicProgress): ProgressCategory[] {
  const order = page.categoryOrder.length ? page.categoryOrder : [...PROGRESS_CATEGORIES]
  return order.filter((c) => rowsOf(page.progress, c).length > 0)
}

/** A line over the confirmed years for one indicator; a year without a value is a gap, never a zero. */
export function seriesOption(row: ProgressRow, years: number[]): ChartOption {
  const byYear = new Map(row.series.map((p) => [p.year, p.value]))
  return {
    grid: { left: 48, right: 12, top: 16, bottom: 24 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', scale: true, name: row.unit ?? '' },
    series: [{ type: 'line', name: row.name, data: years.map((y) => byYear.get(y) ?? null), connectNulls: false }],
  } as ChartOption
}

/** The latest confirmed value of a row, or null. */
export function latestValue(row: ProgressRow): number | null {
  const last = row.series[row.series.length - 1]
  return last ? last.value : null
}
