import type { EditionSummary } from '@/api/indicator'
import type { ProgressReport, ProgressRow } from '@/api/progress'
import { editionSummary } from './indicatorFixtures'

export const bim: EditionSummary = editionSummary({
  code: 'BIM-2024',
  titleZh: '美丽内蒙古建设目标（2025年、2027年、2035年）',
  titleEn: 'Beautiful Inner Mongolia targets (2025, 2027, 2035)',
  complete: true,
  firstYear: 2020,
  lastYear: 2035,
})

export function progressRow(overrides: Partial<ProgressRow> & { code: string }): ProgressRow {
  return {
    name: `目标${overrides.code}`,
    unit: '%',
    targetText: null,
    appliedTarget: null,
    targetValue: 80,
    targetYear: 2027,
    higherIsBetter: true,
    baseYear: 2020,
    baseValue: 70,
    year: 2024,
    value: 75,
    category: 'ON_TRACK',
    observedGrowth: 0.017,
    requiredGrowth: 0.0193,
    explanation: '说明',
    synthetic: false,
    ...overrides,
  }
}

/** The region's report: PM2.5 on track, animals achieved, villages limited, farmland deteriorating, forest without data. */
export function progressReport(overrides: Partial<ProgressReport> = {}): ProgressReport {
  const rows: ProgressRow[] = [
    progressRow({
      code: 'BIM-14',
      name: '细颗粒物（PM2.5）平均浓度',
      unit: '微克/立方米',
      targetText: '到2027年，全区细颗粒物平均浓度下降到25微克/立方米',
      appliedTarget: '到2027年 ≤ 25微克/立方米',
      targetValue: 25,
      higherIsBetter: false,
      baseValue: 30,
      value: 27,
      category: 'ON_TRACK',
      explanation: '按复合年均增长率计算：2020年基期值 30，2024年现状值 27，判定为“进展顺利”',
    }),
    progressRow({ code: 'BIM-07', name: '国家重点保护野生动物物种数保护率', value: 81, category: 'ACHIEVED' }),
    progressRow({ code: 'BIM-08', name: '国家重点保护野生植物物种数保护率', category: 'ACCELERATION_NEEDED' }),
    progressRow({ code: 'BIM-13', name: '美丽乡村整县建成比例', category: 'LIMITED_PROGRESS' }),
    progressRow({ code: 'BIM-16', name: '受污染耕地安全利用率', category: 'DETERIORATION', synthetic: true }),
    progressRow({
      code: 'BIM-02',
      name: '森林覆盖率',
      value: null,
      category: 'NO_DATA',
      observedGrowth: null,
      requiredGrowth: null,
      explanation: '评估年度2024年无该指标数值，无法评估进展',
    }),
  ]
  return {
    edition: 'BIM-2024',
    editionTitle: bim.titleZh,
    regionCode: '150000',
    regionName: '内蒙古自治区',
    baseYear: 2020,
    year: 2024,
    synthetic: true,
    rows,
    summary: { ACHIEVED: 1, ON_TRACK: 1, ACCELERATION_NEEDED: 1, LIMITED_PROGRESS: 1, DETERIORATION: 1, NO_DATA: 1 },
    ...overrides,
  }
}
