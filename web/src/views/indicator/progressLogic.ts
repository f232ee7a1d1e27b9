import type { Me, Role } from '@/api/types'
import { PROGRESS_CATEGORIES, type ProgressCategory, type ProgressReport, type ProgressRow } from '@/api/progress'
import type { ChartOption } from './charts'
import { escapeHtml } from './charts'
import { formatNumber, type TagType } from './indicatorLogic'

/** The Beautiful Inner Mongolia targets (seed 004) and the region they are set for. */
export const BIM_EDITION = 'BIM-2024'
export const INNER_MONGOLIA = { code: '150000', name: '内蒙古自治区' } as const

/** Roles whose scope is the whole country (their own region says nothing about what they look at). */
const NATIONWIDE: Role[] = ['SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN']

export type CategoryStyle = { tagType: TagType; effect: 'dark' | 'light' | 'plain'; color: string }

/**
 * Open SDG's progress colours: 达成 dark green, 进展顺利 green, 需加快 yellow-orange, 进展有限 orange,
 * 倒退 red, 无数据 grey.
 */
export const CATEGORY_STYLE: Record<ProgressCategory, CategoryStyle> = {
  ACHIEVED: { tagType: 'success', effect: 'dark', color: '#2e7d32' },
  ON_TRACK: { tagType: 'success', effect: 'light', color: '#67c23a' },
  ACCELERATION_NEEDED: { tagType: 'warning', effect: 'light', color: '#e6a23c' },
  LIMITED_PROGRESS: { tagType: 'warning', effect: 'dark', color: '#d9822b' },
  DETERIORATION: { tagType: 'danger', effect: 'dark', color: '#f56c6c' },
  NO_DATA: { tagType: 'info', effect: 'plain', color: '#909399' },
}

/** i18n key of a category's short label (达成, 进展顺利, …). */
export function categoryLabelKey(category: ProgressCategory): string {
  return `progress.category.${category}`
}

/**
 * The region the dashboard opens with: the user's own region (data scope), or 内蒙古自治区 for the
 * nationwide administrators and for users without a region.
 */
export function defaultProgressRegion(me: Me | null): { code: string; name: string } {
  if (!me?.region || NATIONWIDE.includes(me.role)) return { ...INNER_MONGOLIA }
  return { code: me.region.code, name: me.region.name }
}

/** The years that can be assessed: after the edition's first year, up to last year (no later than the edition). */
export function assessableYears(
  edition: { firstYear: number; lastYear: number } | null | undefined,
  today = new Date(),
): number[] {
  if (!edition) return []
  const last = Math.min(edition.lastYear, today.getFullYear() - 1)
  const years: number[] = []
  for (let year = edition.firstYear + 1; year <= last; year++) years.push(year)
  return years
}

/** Base years for an assessed year: from the edition's first year to the year before it. */
export function baseYearsFor(edition: { firstYear: number } | null | undefined, year: number | null): number[] {
  if (!edition || year === null) return []
  const years: number[] = []
  for (let base = edition.firstYear; base < year; base++) years.push(base)
  return years
}

/** A value with its unit, e.g. "27 微克/立方米"; the fallback when there is none. */
export function valueWithUnit(value: number | null, unit: string | null, fallback: string): string {
  if (value === null || !Number.isFinite(value)) return fallback
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value)
}

/** The rows of the chosen categories (all when none is chosen), in the server's order. */
export function filterRows(rows: ProgressRow[], chosen: ProgressCategory | null): ProgressRow[] {
  return chosen === null ? rows : rows.filter((r) => r.category === chosen)
}

/** The number of rows per category, every category present (from the rows when the summary lacks one). */
export function categoryCounts(report: Pick<ProgressReport, 'rows' | 'summary'>): Record<ProgressCategory, number> {
  const counts = {} as Record<ProgressCategory, number>
  for (const category of PROGRESS_CATEGORIES) {
    counts[category] = report.summary?.[category] ?? report.rows.filter((r) => r.category === category).length
  }
  return counts
}

export type SummaryLabels = {
  category: (category: ProgressCategory) => string
  /** e.g. "目标数" */
  count: string
  labelValue: (label: string, value: string) => string
}

/** A bar per category with its number of targets, in the category's colour. */
export function summaryOption(counts: Record<ProgressCategory, number>, labels: SummaryLabels): ChartOption {
  const names = PROGRESS_CATEGORIES.map((c) => labels.category(c))
  return {
    grid: { left: 40, right: 16, top: 24, bottom: 32 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const first: unknown = Array.isArray(params) ? params[0] : params
        if (typeof first !== 'object' || first === null || !('dataIndex' in first)) return ''
        const index = first.dataIndex
        const category = typeof index === 'number' ? PROGRESS_CATEGORIES[index] : undefined
        if (!category) return ''
        return escapeHtml(labels.labelValue(labels.category(category), String(counts[category])))
      },
    },
    xAxis: { type: 'category', data: names },
    yAxis: { type: 'value', name: labels.count, minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: labels.count,
        barMaxWidth: 48,
        label: { show: true, position: 'top' },
        data: PROGRESS_CATEGORIES.map((c) => ({ value: counts[c], itemStyle: { color: CATEGORY_STYLE[c].color } })),
      },
    ],
  }
}
