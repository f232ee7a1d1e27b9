import { describe, expect, it } from 'vitest'
import { escapeHtml, rankingOption, trendOption, type TrendLabels } from '@/views/indicator/charts'
import type { RankedRegion, TrendPoint } from '@/api/indicator'

const labels: TrendLabels = {
  status: (s) => `S:${s}`,
  yes: '是',
  no: '否',
  target: '目标',
  none: '无数据',
  labelValue: (label, value) => `${label}=${value}`,
}

function seriesData(option: ReturnType<typeof trendOption>): unknown {
  const series = option.series
  const first = Array.isArray(series) ? series[0] : series
  return first?.data
}

function tooltipText(option: ReturnType<typeof trendOption>, dataIndex: number): string {
  const tooltip = Array.isArray(option.tooltip) ? option.tooltip[0] : option.tooltip
  const formatter = tooltip?.formatter
  if (typeof formatter !== 'function') throw new Error('no formatter')
  return String(formatter([{ dataIndex }] as never, '', () => undefined))
}

describe('trend chart option', () => {
  const points: TrendPoint[] = [
    { year: 2022, value: 30, flag: null, status: 'NOT_MET', appliedTarget: '≥ 35%' },
    { year: 2023, value: null, flag: null, status: 'NO_DATA', appliedTarget: '≥ 35%' },
    { year: 2024, value: 36, flag: null, status: 'MET', appliedTarget: '≥ 35%' },
  ]

  it('puts the years on the x axis and colours each point by its status, leaving gaps for missing values', () => {
    const option = trendOption(points, { valueType: 'PERCENTAGE', unit: '%', name: '森林覆盖率' }, labels)
    expect(option.xAxis).toMatchObject({ data: ['2022', '2023', '2024'] })
    expect(seriesData(option)).toEqual([
      { value: 30, itemStyle: { color: '#f56c6c' } },
      { value: null, itemStyle: { color: '#909399' } },
      { value: 36, itemStyle: { color: '#67c23a' } },
    ])
  })

  it('draws a yes/no indicator as 1 and 0', () => {
    const option = trendOption(
      [
        { year: 2023, value: null, flag: false, status: 'NOT_MET', appliedTarget: '建立实施' },
        { year: 2024, value: null, flag: true, status: 'MET', appliedTarget: '建立实施' },
      ],
      { valueType: 'YES_NO', unit: null, name: '制度' },
      labels,
    )
    expect((seriesData(option) as { value: number }[]).map((d) => d.value)).toEqual([0, 1])
    expect(option.yAxis).toMatchObject({ min: 0, max: 1 })
    expect(tooltipText(option, 1)).toContain('制度=是')
  })

  it('explains a point in the tooltip, escaping server text', () => {
    const option = trendOption(
      [{ year: 2024, value: 36, flag: null, status: 'MET', appliedTarget: '<b>≥ 35%</b>' }],
      { valueType: 'PERCENTAGE', unit: '%', name: '森林覆盖率' },
      labels,
    )
    const text = tooltipText(option, 0)
    expect(text).toContain('森林覆盖率=36%')
    expect(text).toContain('S:MET')
    expect(text).toContain('目标=&lt;b&gt;≥ 35%&lt;/b&gt;')
    expect(text).not.toContain('<b>')
  })
})

describe('ranking chart option', () => {
  const ranking: RankedRegion[] = [
    { regionCode: '152501', regionName: '二连浩特市', met: 4, applicable: 5, score: 80, rank: 1, noData: false },
    { regionCode: '152502', regionName: '锡林浩特市', met: 2, applicable: 5, score: 40, rank: 2, noData: false },
    { regionCode: '152522', regionName: '阿巴嘎旗', met: 0, applicable: 0, score: null, rank: 3, noData: false },
  ]
  const labels = {
    score: '得分',
    metOfApplicable: (m: number, a: number) => `${m}/${a}`,
    rank: (r: number) => `#${r}`,
    nameWithRank: (n: string, r: string) => `${n}${r}`,
    labelValue: (l: string, v: string) => `${l}=${v}`,
    noData: '无数据',
  }

  it('lists the regions best first with their scores, highlighting the chosen one', () => {
    const option = rankingOption(ranking, '152502', labels)
    expect(option.yAxis).toMatchObject({ inverse: true, data: ['二连浩特市', '锡林浩特市', '阿巴嘎旗'] })
    const series = Array.isArray(option.series) ? option.series[0] : option.series
    expect(series?.data).toEqual([
      { value: 80, itemStyle: { color: '#409eff' } },
      { value: 40, itemStyle: { color: '#e6a23c' } },
      { value: 0, itemStyle: { color: '#409eff' } },
    ])
  })

  it('draws no bar for a region without data and labels it 无数据, not 0', () => {
    const withoutData: RankedRegion[] = [
      ranking[0]!,
      { regionCode: '152523', regionName: '苏尼特左旗', met: 0, applicable: 5, score: null, rank: null, noData: true },
    ]
    const option = rankingOption(withoutData, null, labels)
    const series = Array.isArray(option.series) ? option.series[0] : option.series
    expect((series?.data as { value: number | null }[]).map((d) => d.value)).toEqual([80, null])
    const label = (series as { label: { formatter: (p: unknown) => string } }).label
    expect(label.formatter({ dataIndex: 1 })).toBe('无数据')
    const tooltip = option.tooltip as { formatter: (p: unknown) => string }
    expect(tooltip.formatter([{ dataIndex: 1 }])).toBe('苏尼特左旗无数据')
  })
})

describe('escapeHtml', () => {
  it('escapes the HTML special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
  })
})
