import type { AllowedAction, RunStep, RunView } from '@/api/procedure'
import { allowed, run } from './procedureFixtures'
import type {
  EditionDetail,
  EditionSummary,
  IndicatorDefinition,
  IndicatorValue,
  IndicatorYear,
  Scorecard,
  ScorecardRow,
} from '@/api/indicator'
import type { ConstructionUnit } from '@/api/types'

/** An edition as the list answers it; what a test does not name is empty or absent. */
export function editionSummary(
  overrides: Pick<EditionSummary, 'code' | 'titleZh' | 'complete' | 'firstYear' | 'lastYear'> & Partial<EditionSummary>,
): EditionSummary {
  return {
    version: 1,
    titleEn: null,
    issuerZh: null,
    documentZh: null,
    issued: null,
    issuedUncertain: false,
    source: null,
    levels: null,
    scoreMethod: 'SHARE_MET',
    scoreNoteZh: null,
    status: 'PUBLISHED',
    ...overrides,
  }
}

export const guizhou: EditionSummary = editionSummary({
  code: 'GZ-2MI',
  titleZh: '贵州省“两山”指数',
  titleEn: 'Guizhou Two Mountains Index',
  complete: true,
  firstYear: 2020,
  lastYear: 2025,
})

export const cityPartial: EditionSummary = editionSummary({
  code: 'ECO-CITY-2024',
  titleZh: '生态文明建设示范市指标（2024年，部分）',
  titleEn: 'Eco-civilization city indicators (2024, partial)',
  complete: false,
  firstYear: 2024,
  lastYear: 2030,
})

export function indicator(overrides: Partial<IndicatorDefinition> & { code: string }): IndicatorDefinition {
  return {
    number: null,
    group: null,
    groupEn: null,
    nameZh: `指标${overrides.code}`,
    nameEn: null,
    unit: null,
    valueType: 'NUMBER',
    binding: 'REFERENCE',
    targetText: null,
    uncertain: false,
    grades: [],
    ...overrides,
  }
}

/** Four indicators in three groups, one of each input kind. */
export const guizhouDetail: EditionDetail = {
  edition: guizhou,
  indicators: [
    indicator({
      code: 'GZ-01',
      number: 1,
      group: '构筑绿水青山 / 环境质量',
      nameZh: '细颗粒物年均浓度',
      unit: 'μg/m³',
      valueType: 'NUMBER',
      binding: 'BINDING',
      targetText: '≤ 35',
    }),
    indicator({
      code: 'GZ-02',
      number: 2,
      group: '构筑绿水青山 / 环境质量',
      nameZh: '地表水水质优良比例',
      unit: '%',
      valueType: 'PERCENTAGE',
      targetText: '超过当年度全省平均水平',
    }),
    indicator({
      code: 'GZ-07',
      number: 7,
      group: '构筑绿水青山 / 生态保护',
      nameZh: '森林覆盖率',
      unit: '%',
      valueType: 'PERCENTAGE',
      targetText: '山区≥60%，丘陵区≥40%',
      uncertain: true,
    }),
    indicator({
      code: 'GZ-12',
      number: 12,
      group: '共享金山银山 / 制度建设',
      nameZh: '生态环境损害赔偿制度',
      valueType: 'YES_NO',
      targetText: '建立实施',
    }),
  ],
}

export function storedValue(overrides: Partial<IndicatorValue> & { indicator: string }): IndicatorValue {
  return {
    value: null,
    flag: null,
    grade: null,
    parts: null,
    source: null,
    note: null,
    enteredBy: '李四',
    enteredAt: '2025-03-01T02:00:00Z',
    enteredByOrganization: null,
    version: 0,
    ...overrides,
  }
}

/** A year with every flag off; tests switch on what they need. */
export function indicatorYear(overrides: Partial<IndicatorYear> = {}): IndicatorYear {
  return {
    edition: 'GZ-2MI',
    regionCode: '152502',
    regionName: '锡林浩特市',
    unitId: null,
    unitName: null,
    year: 2024,
    state: 'OPEN',
    reason: null,
    submittedBy: null,
    submittedAt: null,
    decidedBy: null,
    decidedAt: null,
    version: 0,
    mayEdit: false,
    values: [],
    run: null,
    completeness: { filled: 0, applicable: 0 },
    missing: [],
    missingReasons: [],
    ...overrides,
  }
}

/** The confirmation path the server builds (indicator.internal.ConfirmationPath). */
export const CONFIRMATION_STEPS: RunStep[] = [
  { code: 'SUBMIT', nameZh: '填报并上报指标数据', kind: 'SUBMIT', article: null, period: null, actorRoles: ['COUNTY_GOVERNMENT'] },
  { code: 'CONFIRM', nameZh: '确认指标数据（确认后锁定）', kind: 'ACKNOWLEDGE', article: null, period: null, actorRoles: ['PREFECTURE_STAFF', 'PROVINCE_STAFF'] },
]

const move = (overrides: Partial<AllowedAction>): AllowedAction =>
  allowed({ stepCode: 'CONFIRM', taskId: 2, outcomes: [], opinionRequired: false, reasonRequired: false, ...overrides })

/** The actions the year's run offers, as `allowedActions`. */
export const MOVES = {
  submit: move({ action: 'ACT', stepCode: 'SUBMIT', taskId: 1 }),
  confirm: move({ action: 'ACT' }),
  return: move({ action: 'RETURN', reasonRequired: true }),
  reopen: move({ action: 'REOPEN', reasonRequired: true }),
}

/** A year's confirmation run offering `actions`; at the subject's step unless told otherwise. */
export function confirmationRun(actions: AllowedAction[], overrides: Partial<RunView> = {}): RunView {
  return run({
    definitionCode: 'INDICATOR_CONFIRMATION/COUNTY',
    steps: CONFIRMATION_STEPS,
    currentStepCode: 'SUBMIT',
    tasks: [],
    deadline: null,
    timeline: [],
    allowedActions: actions,
    ...overrides,
  })
}

export function scorecardRow(overrides: Partial<ScorecardRow> & { code: string }): ScorecardRow {
  return {
    number: null,
    group: null,
    name: `指标${overrides.code}`,
    unit: null,
    binding: 'REFERENCE',
    valueType: 'NUMBER',
    targetText: null,
    appliedTarget: null,
    value: null,
    flag: null,
    grade: null,
    status: 'NO_DATA',
    gap: null,
    reason: null,
    uncertain: false,
    unusable: false,
    ...overrides,
  }
}

export function scorecard(overrides: Partial<Scorecard> = {}): Scorecard {
  return {
    edition: 'GZ-2MI',
    editionTitle: '贵州省“两山”指数',
    editionComplete: true,
    regionCode: '152502',
    regionName: '锡林浩特市',
    unitId: null,
    unitName: null,
    year: 2024,
    synthetic: false,
    rows: [
      scorecardRow({
        code: 'GZ-01',
        number: 1,
        name: '细颗粒物年均浓度',
        unit: 'μg/m³',
        binding: 'BINDING',
        appliedTarget: '≤ 35',
        value: 28.5,
        status: 'MET',
        gap: 6.5,
        reason: '28.5 ≤ 35',
      }),
      scorecardRow({
        code: 'GZ-07',
        number: 7,
        name: '森林覆盖率',
        unit: '%',
        binding: 'BINDING',
        valueType: 'PERCENTAGE',
        appliedTarget: '≥ 35%（干旱半干旱地区）',
        value: 30,
        status: 'NOT_MET',
        gap: -5,
        reason: '30% 低于 35%',
        uncertain: true,
      }),
      scorecardRow({ code: 'GZ-09', number: 9, name: '空气质量优良天数比例', status: 'NO_DATA', reason: '未填报' }),
      scorecardRow({
        code: 'GZ-10',
        number: 10,
        name: '生态环境状况指数',
        status: 'NEEDS_JUDGEMENT',
        reason: '需专家研判',
      }),
      scorecardRow({
        code: 'GZ-12',
        number: 12,
        name: '生态环境损害赔偿制度',
        valueType: 'YES_NO',
        flag: true,
        status: 'MET',
      }),
      scorecardRow({ code: 'GZ-15', number: 15, name: '海洋生态保护', status: 'NOT_APPLICABLE', reason: '非沿海地区' }),
    ],
    summary: {
      met: 2,
      applicable: 5,
      notMet: 1,
      noData: 1,
      needsJudgement: 1,
      bindingNotMet: ['GZ-07'],
      score: 40,
      scoreMethod: 'SHARE_MET',
      scoreNote: '原文未给出权重，暂按达标指标数占适用指标数的比例计分（过渡办法）。',
    },
    ...overrides,
  }
}

export function constructionUnit(overrides: Partial<ConstructionUnit> & { id: number }): ConstructionUnit {
  return {
    regionCode: '152502',
    regionName: '锡林浩特市',
    name: `建设单元${overrides.id}`,
    kind: 'VILLAGE',
    description: null,
    version: 0,
    createdAt: '2025-01-01T00:00:00Z',
    ...overrides,
  }
}
