import { describe, expect, it } from 'vitest'
import { PROGRESS_CATEGORIES } from '@/api/progress'
import { i18n } from '@/locales'
import {
  CATEGORY_STYLE,
  assessableYears,
  baseYearsFor,
  categoryCounts,
  categoryLabelKey,
  defaultProgressRegion,
  filterRows,
  summaryOption,
  valueWithUnit,
} from '@/views/indicator/progressLogic'
import { makeMe } from './helpers'
import { progressReport } from './progressFixtures'

const zh = (key: string) => i18n.global.t(key, {}, { locale: 'zh-CN' })
const en = (key: string) => i18n.global.t(key, {}, { locale: 'en' })

describe('progress categories', () => {
  it('label the six categories 达成, 进展顺利, 需加快, 进展有限, 倒退, 无数据', () => {
    expect(PROGRESS_CATEGORIES.map((c) => zh(categoryLabelKey(c)))).toEqual([
      '达成',
      '进展顺利',
      '需加快',
      '进展有限',
      '倒退',
      '无数据',
    ])
    expect(en(categoryLabelKey('ACCELERATION_NEEDED'))).toBe('Acceleration needed')
  })

  it('map to tags from green through orange to red, and grey for no data', () => {
    expect(CATEGORY_STYLE.ACHIEVED).toMatchObject({ tagType: 'success', effect: 'dark' })
    expect(CATEGORY_STYLE.ON_TRACK).toMatchObject({ tagType: 'success', effect: 'light' })
    expect(CATEGORY_STYLE.ACCELERATION_NEEDED).toMatchObject({ tagType: 'warning', effect: 'light' })
    expect(CATEGORY_STYLE.LIMITED_PROGRESS).toMatchObject({ tagType: 'warning', effect: 'dark' })
    expect(CATEGORY_STYLE.DETERIORATION).toMatchObject({ tagType: 'danger', effect: 'dark' })
    expect(CATEGORY_STYLE.NO_DATA).toMatchObject({ tagType: 'info', effect: 'plain' })
    const colours = PROGRESS_CATEGORIES.map((c) => CATEGORY_STYLE[c].color)
    expect(new Set(colours).size).toBe(6)
  })
})

describe('dashboard choices', () => {
  it("opens on the user's own region, or on 内蒙古自治区 for the nationwide administrators", () => {
    expect(defaultProgressRegion(makeMe('PREFECTURE_STAFF'))).toEqual({ code: '152500', name: '锡林郭勒盟' })
    expect(
      defaultProgressRegion(makeMe('PROVINCE_STAFF', { region: { code: '150000', name: '内蒙古自治区', level: 'PROVINCE' } })),
    ).toEqual({ code: '150000', name: '内蒙古自治区' })
    expect(defaultProgressRegion(makeMe('SYSTEM_ADMIN', { region: { code: '520000', name: '贵州省' } }))).toEqual({
      code: '150000',
      name: '内蒙古自治区',
    })
    expect(defaultProgressRegion(makeMe('EXPERT', { region: null }))).toEqual({ code: '150000', name: '内蒙古自治区' })
    expect(defaultProgressRegion(null).code).toBe('150000')
  })

  it('assesses the years after the first one up to last year, and bases them on an earlier year', () => {
    const edition = { firstYear: 2020, lastYear: 2035 }
    expect(assessableYears(edition, new Date(2026, 5, 1))).toEqual([2021, 2022, 2023, 2024, 2025])
    expect(assessableYears({ firstYear: 2020, lastYear: 2023 }, new Date(2026, 5, 1))).toEqual([2021, 2022, 2023])
    expect(assessableYears(null)).toEqual([])
    expect(baseYearsFor(edition, 2024)).toEqual([2020, 2021, 2022, 2023])
    expect(baseYearsFor(edition, null)).toEqual([])
  })

  it('shows values with their unit and a dash without a value', () => {
    expect(valueWithUnit(27, '微克/立方米', '—')).toBe('27 微克/立方米')
    expect(valueWithUnit(21.375, null, '—')).toBe('21.375')
    expect(valueWithUnit(null, '%', '—')).toBe('—')
  })
})

describe('summary', () => {
  it('counts targets per category and filters the rows of one category', () => {
    const report = progressReport()
    expect(categoryCounts(report)).toEqual({
      ACHIEVED: 1,
      ON_TRACK: 1,
      ACCELERATION_NEEDED: 1,
      LIMITED_PROGRESS: 1,
      DETERIORATION: 1,
      NO_DATA: 1,
    })
    expect(filterRows(report.rows, 'DETERIORATION').map((r) => r.code)).toEqual(['BIM-16'])
    expect(filterRows(report.rows, null)).toHaveLength(6)
  })

  it('draws one bar per category in its colour', () => {
    const option = summaryOption(
      { ACHIEVED: 3, ON_TRACK: 8, ACCELERATION_NEEDED: 4, LIMITED_PROGRESS: 0, DETERIORATION: 1, NO_DATA: 0 },
      { category: (c) => zh(categoryLabelKey(c)), count: '目标数', labelValue: (l, v) => `${l}：${v}` },
    )
    const series = Array.isArray(option.series) ? option.series[0] : option.series
    expect(series?.type).toBe('bar')
    expect(series?.data).toEqual([
      { value: 3, itemStyle: { color: CATEGORY_STYLE.ACHIEVED.color } },
      { value: 8, itemStyle: { color: CATEGORY_STYLE.ON_TRACK.color } },
      { value: 4, itemStyle: { color: CATEGORY_STYLE.ACCELERATION_NEEDED.color } },
      { value: 0, itemStyle: { color: CATEGORY_STYLE.LIMITED_PROGRESS.color } },
      { value: 1, itemStyle: { color: CATEGORY_STYLE.DETERIORATION.color } },
      { value: 0, itemStyle: { color: CATEGORY_STYLE.NO_DATA.color } },
    ])
    const xAxis = Array.isArray(option.xAxis) ? option.xAxis[0] : option.xAxis
    expect(xAxis && 'data' in xAxis ? xAxis.data : []).toEqual(['达成', '进展顺利', '需加快', '进展有限', '倒退', '无数据'])
  })
})
