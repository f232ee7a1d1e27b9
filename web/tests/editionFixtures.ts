import type { EditionHeader, EditionView, IndicatorInput, TargetKind } from '@/api/edition'

/** The kinds as /api/indicator-target-kinds sends them (parameters sorted), plus a kind this UI does not know. */
export const targetKinds: TargetKind[] = [
  { kind: 'AT_LEAST', parameters: ['byYear', 'value'] },
  { kind: 'AT_MOST', parameters: ['byYear', 'value'] },
  { kind: 'EQUALS', parameters: ['byYear', 'tolerance', 'value'] },
  { kind: 'STEADY_IMPROVEMENT', parameters: ['ceiling', 'higherIsBetter'] },
  { kind: 'CHANGE_ABOVE', parameters: ['baseline', 'value'] },
  { kind: 'ABOVE_REFERENCE_AVERAGE', parameters: ['strict'] },
  { kind: 'ESTABLISHED', parameters: [] },
  { kind: 'BY_TERRAIN', parameters: ['thresholds'] },
  { kind: 'ALL_OF', parameters: ['parts'] },
  { kind: 'MANUAL', parameters: ['criterion', 'criterion_en'] },
  { kind: 'GRADE_BETTER_THAN', parameters: ['grade'] },
]

export function header(overrides: Partial<EditionHeader> = {}): EditionHeader {
  return {
    code: 'GZ-COUNTY-2024',
    version: 1,
    titleZh: '贵州省县级生态文明建设指标（2024年）',
    titleEn: null,
    issuerZh: '贵州省生态环境厅',
    documentZh: null,
    issued: '2024-05-20',
    issuedUncertain: false,
    source: null,
    complete: true,
    levels: ['COUNTY'],
    province: null,
    firstYear: 2024,
    lastYear: 2026,
    scoreMethod: 'SHARE_MET',
    scoreNoteZh: null,
    scoreNoteEn: null,
    ...overrides,
  }
}

export function indicatorInput(overrides: Partial<IndicatorInput> & { code: string }): IndicatorInput {
  return {
    number: null,
    groupPath: '目标一 / 生态环境质量',
    nameZh: `指标${overrides.code}`,
    nameEn: null,
    unit: '%',
    valueType: 'PERCENTAGE',
    binding: 'BINDING',
    definitionZh: null,
    applyLevels: [],
    applyTerrains: [],
    grassland: null,
    coastal: null,
    targetTextZh: '≥60',
    target: { kind: 'AT_LEAST', value: 60 },
    uncertain: false,
    weight: null,
    source: null,
    grades: [],
    rangeMin: null,
    rangeMax: null,
    environmentalQuality: null,
    ...overrides,
  }
}

export function editionView(overrides: Partial<EditionView> = {}): EditionView {
  return {
    header: header(),
    status: 'DRAFT',
    version: 3,
    shipped: false,
    ownerRegionCode: '520000',
    createdAt: '2026-03-01T02:00:00Z',
    updatedAt: '2026-03-02T02:00:00Z',
    publishedAt: null,
    publishedBy: null,
    mayEdit: true,
    indicators: [],
    ...overrides,
  }
}

/** A shipped, published edition as the list shows it. */
export const publishedCity: EditionView = editionView({
  header: header({
    code: 'ECOCIV-CITY-2024',
    version: 2,
    titleZh: '生态文明建设示范市指标（2024年，部分）',
    complete: false,
    levels: ['PREFECTURE'],
    firstYear: 2024,
    lastYear: 2035,
  }),
  status: 'PUBLISHED',
  version: 0,
  shipped: true,
  ownerRegionCode: null,
  publishedAt: '2024-06-01T00:00:00Z',
  publishedBy: null,
  mayEdit: false,
})
