import type { ComposeOption } from 'echarts/core'
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts'
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components'
import type { Attainment, RankedRegion, TrendPoint, ValueType } from '@/api/indicator'
import { STATUS_STYLE, formatNumber, inputKindFor } from './indicatorLogic'

/** The ECharts option of the charts on the scorecard page (only the parts registered in EChart.vue). */
export type ChartOption = ComposeOption<
  LineSeriesOption | BarSeriesOption | GridComponentOption | TooltipComponentOption
>

/** Server text goes into tooltip HTML: escape it. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

function dataIndexOf(params: unknown): number | null {
  const first: unknown = Array.isArray(params) ? params[0] : params
  if (typeof first === 'object' && first !== null && 'dataIndex' in first && typeof first.dataIndex === 'number') {
    return first.dataIndex
  }
  return null
}

export type TrendLabels = {
  /** Label of an evaluation status, e.g. 达标. */
  status: (status: Attainment) => string
  yes: string
  no: string
  /** e.g. "目标" */
  target: string
  /** e.g. "无数据" shown for a missing value */
  none: string
  /** e.g. (目标, ≥ 35%) → "目标：≥ 35%" */
  labelValue: (label: string, value: string) => string
}

/**
 * A line of one indicator's values year by year; each point is coloured by its status. A yes/no
 * indicator is drawn as 1 (是) / 0 (否). Years without a value leave a gap.
 */
export function trendOption(
  points: TrendPoint[],
  indicator: { valueType: ValueType; unit: string | null; name: string },
  labels: TrendLabels,
): ChartOption {
  const yesNo = inputKindFor(indicator.valueType) === 'yesNo'
  const valueOf = (p: TrendPoint): number | null => {
    if (yesNo) return p.flag === null ? null : p.flag ? 1 : 0
    return p.value
  }
  const display = (p: TrendPoint): string => {
    if (yesNo) return p.flag === null ? labels.none : p.flag ? labels.yes : labels.no
    return p.value === null ? labels.none : `${formatNumber(p.value)}${indicator.unit ?? ''}`
  }
  return {
    grid: { left: 56, right: 24, top: 24, bottom: 32 },
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const index = dataIndexOf(params)
        const point = index === null ? undefined : points[index]
        if (!point) return ''
        const lines = [
          `${point.year}`,
          labels.labelValue(indicator.name, display(point)),
          labels.status(point.status),
        ]
        if (point.appliedTarget) lines.push(labels.labelValue(labels.target, point.appliedTarget))
        return lines.map(escapeHtml).join('<br/>')
      },
    },
    xAxis: { type: 'category', data: points.map((p) => String(p.year)) },
    yAxis: yesNo
      ? {
          type: 'value',
          min: 0,
          max: 1,
          interval: 1,
          axisLabel: { formatter: (value: number) => (value === 1 ? labels.yes : labels.no) },
        }
      : { type: 'value', scale: true, name: indicator.unit ?? '' },
    series: [
      {
        type: 'line',
        name: indicator.name,
        connectNulls: false,
        symbolSize: 10,
        data: points.map((p) => ({ value: valueOf(p), itemStyle: { color: STATUS_STYLE[p.status].color } })),
      },
    ],
  }
}

export type RankingLabels = {
  /** e.g. "得分" */
  score: string
  /** e.g. (met, applicable) → "达标 3 / 适用 5" */
  metOfApplicable: (met: number, applicable: number) => string
  /** e.g. rank → "第2名" */
  rank: (rank: number) => string
  /** e.g. (锡林浩特市, 第2名) → "锡林浩特市（第2名）" */
  nameWithRank: (name: string, rank: string) => string
  labelValue: (label: string, value: string) => string
  /** e.g. "无数据": a region without values that year, shown instead of a rank and a score */
  noData: string
}

/** Horizontal bars of the regions' scores, best at the top; the highlighted region stands out. */
export function rankingOption(ranking: RankedRegion[], highlight: string | null, labels: RankingLabels): ChartOption {
  return {
    grid: { left: 120, right: 48, top: 16, bottom: 32 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const index = dataIndexOf(params)
        const region = index === null ? undefined : ranking[index]
        if (!region) return ''
        if (region.noData || region.rank === null) {
          return escapeHtml(labels.nameWithRank(region.regionName, labels.noData))
        }
        return [
          labels.nameWithRank(region.regionName, labels.rank(region.rank)),
          labels.labelValue(labels.score, formatNumber(region.score)),
          labels.metOfApplicable(region.met, region.applicable),
        ]
          .map(escapeHtml)
          .join('<br/>')
      },
    },
    xAxis: { type: 'value', name: labels.score, min: 0 },
    yAxis: { type: 'category', inverse: true, data: ranking.map((r) => r.regionName) },
    series: [
      {
        type: 'bar',
        name: labels.score,
        label: { show: true, position: 'right', formatter: (p: unknown) => rankingLabel(ranking, p, labels.noData) },
        // a region without data has no bar (not a bar of 0) and says 无数据
        data: ranking.map((r) => ({
          value: r.noData ? null : (r.score ?? 0),
          itemStyle: { color: r.regionCode === highlight ? '#e6a23c' : '#409eff' },
        })),
      },
    ],
  }
}

function rankingLabel(ranking: RankedRegion[], params: unknown, noData: string): string {
  const index = dataIndexOf(params)
  const region = index === null ? undefined : ranking[index]
  if (!region) return ''
  return region.noData ? noData : formatNumber(region.score)
}
