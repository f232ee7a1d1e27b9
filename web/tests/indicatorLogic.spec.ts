import { describe, expect, it } from 'vitest'
import {
  STATE_TAG,
  STATUS_STYLE,
  checkDraft,
  defaultYear,
  draftFrom,
  editionYears,
  formatNumber,
  groupIndicators,
  inputKindFor,
  partsOf,
  rankingParentOf,
  sameDraft,
  statusLabelKey,
  toValueRequest,
  trendRange,
  confirmationMove,
  yearActions,
} from '@/views/indicator/indicatorLogic'
import { ATTAINMENTS, SUBMISSION_STATES, type Attainment } from '@/api/indicator'
import type { RegionDetail } from '@/api/types'
import { i18n } from '@/locales'
import zhCN from '@/locales/zh-CN'
import en from '@/locales/en'
import { indicator, indicatorYear, storedValue } from './indicatorFixtures'

const zh = (key: string) => i18n.global.t(key, {}, { locale: 'zh-CN' })

describe('grouping indicators by group path', () => {
  it('keeps the edition order: a group appears where its first indicator does and collects later members', () => {
    const groups = groupIndicators([
      indicator({ code: 'A1', group: '构筑绿水青山 / 环境质量' }),
      indicator({ code: 'B1', group: '共享金山银山 / 制度建设' }),
      indicator({ code: 'A2', group: '构筑绿水青山 / 环境质量' }),
      indicator({ code: 'C1', group: '构筑绿水青山 / 生态保护' }),
    ])
    expect(groups.map((g) => g.key)).toEqual([
      '构筑绿水青山 / 环境质量',
      '共享金山银山 / 制度建设',
      '构筑绿水青山 / 生态保护',
    ])
    expect(groups[0]?.items.map((i) => i.code)).toEqual(['A1', 'A2'])
    expect(groups[0]?.segments).toEqual(['构筑绿水青山', '环境质量'])
  })

  it('treats paths that differ only in spacing around "/" as one group', () => {
    const groups = groupIndicators([
      indicator({ code: 'A1', group: '目标一/任务甲' }),
      indicator({ code: 'A2', group: ' 目标一 /  任务甲 ' }),
    ])
    expect(groups).toHaveLength(1)
    expect(groups[0]?.key).toBe('目标一 / 任务甲')
  })

  it('puts indicators without a group into one group with an empty key', () => {
    const groups = groupIndicators([
      indicator({ code: 'A1', group: null }),
      indicator({ code: 'B1', group: '目标一' }),
      indicator({ code: 'A2', group: '' }),
    ])
    expect(groups.map((g) => [g.key, g.items.map((i) => i.code)])).toEqual([
      ['', ['A1', 'A2']],
      ['目标一', ['B1']],
    ])
  })
})

describe('value input choice and checks', () => {
  it('chooses the input by value type', () => {
    expect(inputKindFor('NUMBER')).toBe('number')
    expect(inputKindFor('PERCENTAGE')).toBe('percentage')
    expect(inputKindFor('YES_NO')).toBe('yesNo')
    expect(inputKindFor('GRADE')).toBe('grade')
  })

  it('sends a grade as the grade, never as a number, and requires one', () => {
    const draft = { valueText: ' 良 ', flag: null, source: '', note: '' }
    expect(toValueRequest('GRADE', draft, undefined)).toMatchObject({ value: null, flag: null, grade: '良' })
    expect(checkDraft('GRADE', { ...draft, valueText: '' })).toEqual({
      field: 'value',
      messageKey: 'indicator.gradeRequired',
    })
    expect(draftFrom({ indicator: 'Q', value: null, flag: null, grade: '优' } as never).valueText).toBe('优')
  })

  it('requires a number, refuses text, and keeps percentages within 0–100 (bounds included)', () => {
    const draft = (valueText: string) => ({ valueText, flag: null, source: '', note: '' })
    expect(checkDraft('NUMBER', draft(''))).toEqual({ field: 'value', messageKey: 'indicator.valueRequired' })
    expect(checkDraft('NUMBER', draft('abc'))).toEqual({ field: 'value', messageKey: 'indicator.valueInvalid' })
    expect(checkDraft('NUMBER', draft('-3.5'))).toBeNull()
    expect(checkDraft('PERCENTAGE', draft('100'))).toBeNull()
    expect(checkDraft('PERCENTAGE', draft('0'))).toBeNull()
    expect(checkDraft('PERCENTAGE', draft('100.01'))).toEqual({ field: 'value', messageKey: 'indicator.percentageRange' })
    expect(checkDraft('PERCENTAGE', draft('-1'))).toEqual({ field: 'value', messageKey: 'indicator.percentageRange' })
  })

  it('requires 是 or 否 for a yes/no indicator', () => {
    expect(checkDraft('YES_NO', { valueText: '', flag: null, source: '', note: '' })).toEqual({
      field: 'flag',
      messageKey: 'indicator.flagRequired',
    })
    expect(checkDraft('YES_NO', { valueText: '', flag: false, source: '', note: '' })).toBeNull()
  })

  it('builds a new value without reason or version', () => {
    const body = toValueRequest('PERCENTAGE', { valueText: ' 62.5 ', flag: null, source: ' 统计年鉴 ', note: '' }, undefined)
    expect(body).toEqual({ value: 62.5, flag: null, parts: null, source: '统计年鉴', note: '' })
    expect(body).not.toHaveProperty('reason')
    expect(body).not.toHaveProperty('version')
  })

  it('sends the reason and the version read when changing a stored value, and keeps its parts', () => {
    const existing = storedValue({ indicator: 'GZ-03', value: 1.5, version: 4, parts: { redline_area: 1.2 } })
    const body = toValueRequest('NUMBER', { valueText: '2', flag: null, source: '', note: '' }, existing, ' 数据更正 ')
    expect(body).toEqual({
      value: 2,
      flag: null,
      parts: { redline_area: 1.2 },
      source: '',
      note: '',
      reason: '数据更正',
      version: 4,
    })
  })

  it('sends the flag, not a value, for a yes/no indicator', () => {
    expect(toValueRequest('YES_NO', { valueText: '1', flag: true, source: '', note: '' }, undefined)).toMatchObject({
      value: null,
      flag: true,
    })
  })

  it('reads the parts the server sends as an object, and none as null', () => {
    expect(partsOf(storedValue({ indicator: 'X', parts: { a: 1 } }))).toEqual({ a: 1 })
    expect(partsOf(storedValue({ indicator: 'X', parts: null }))).toBeNull()
    expect(partsOf(undefined)).toBeNull()
  })

  it('fills a draft from a stored value and notices a change', () => {
    const stored = storedValue({ indicator: 'X', value: 12, source: '年鉴', note: null })
    const draft = draftFrom(stored)
    expect(draft).toEqual({ valueText: '12', flag: null, source: '年鉴', note: '' })
    expect(sameDraft(draft, { ...draft, valueText: ' 12 ' })).toBe(true)
    expect(sameDraft(draft, { ...draft, valueText: '13' })).toBe(false)
    expect(draftFrom(undefined)).toEqual({ valueText: '', flag: null, source: '', note: '' })
  })
})

describe('confirmation state and flags', () => {
  it('allows editing exactly when the flag says; the moves are the run\'s', () => {
    expect(yearActions(indicatorYear({ mayEdit: true }))).toEqual({ edit: true })
    expect(yearActions(indicatorYear({ state: 'SUBMITTED' }))).toEqual({ edit: false })
  })

  it('allows nothing before the year is loaded', () => {
    expect(yearActions(null)).toEqual({ edit: false })
  })

  it('maps the procedure panel\'s requests onto the four moves of the year', () => {
    expect(confirmationMove({ action: 'ACT', stepCode: 'SUBMIT' })).toBe('SUBMIT')
    expect(confirmationMove({ action: 'ACT', stepCode: 'CONFIRM' })).toBe('CONFIRM')
    expect(confirmationMove({ action: 'RETURN', stepCode: 'CONFIRM' })).toBe('RETURN')
    expect(confirmationMove({ action: 'REOPEN', stepCode: 'CONFIRM' })).toBe('REOPEN')
    expect(() => confirmationMove({ action: 'WITHDRAW', stepCode: 'SUBMIT' })).toThrow()
  })

  it('labels and colours every state', () => {
    expect(SUBMISSION_STATES.map((s) => zh(`indicatorState.${s}`))).toEqual(['填报中', '已上报', '已退回', '已确认'])
    expect(STATE_TAG).toEqual({ OPEN: 'primary', SUBMITTED: 'warning', RETURNED: 'danger', CONFIRMED: 'success' })
  })
})

describe('evaluation status → colour and label', () => {
  const cases: [Attainment, string, string, string][] = [
    ['MET', '达标', 'success', '#67c23a'],
    ['NOT_MET', '未达标', 'danger', '#f56c6c'],
    ['NO_DATA', '无数据', 'info', '#909399'],
    ['NEEDS_JUDGEMENT', '需人工研判', 'warning', '#e6a23c'],
    ['NOT_APPLICABLE', '不适用', 'info', '#c0c4cc'],
  ]
  it.each(cases)('%s is %s, tag %s, colour %s', (status, label, tagType, color) => {
    expect(zh(statusLabelKey(status))).toBe(label)
    expect(STATUS_STYLE[status].tagType).toBe(tagType)
    expect(STATUS_STYLE[status].color).toBe(color)
  })

  it('tells 不适用 from 无数据 by the tag effect', () => {
    expect(STATUS_STYLE.NOT_APPLICABLE.effect).toBe('plain')
    expect(STATUS_STYLE.NO_DATA.effect).toBe('light')
  })

  it('labels every status, state and binding in both languages', () => {
    const keys = [
      ...ATTAINMENTS.map((a) => `attainment.${a}`),
      ...SUBMISSION_STATES.map((s) => `indicatorState.${s}`),
      'binding.BINDING',
      'binding.REFERENCE',
    ]
    const lookup = (messages: object, key: string): unknown =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages)
    for (const key of keys) {
      expect(typeof lookup(zhCN, key), key).toBe('string')
      expect(typeof lookup(en, key), key).toBe('string')
    }
    expect(zh('binding.BINDING')).toBe('约束性')
    expect(zh('binding.REFERENCE')).toBe('参考性')
  })
})

describe('years, ranking scope and numbers', () => {
  it("lists the edition's years and starts with last year, kept within them", () => {
    expect(editionYears({ firstYear: 2020, lastYear: 2023 })).toEqual([2020, 2021, 2022, 2023])
    expect(editionYears(null)).toEqual([])
    expect(defaultYear({ firstYear: 2020, lastYear: 2025 }, new Date(2026, 5, 1))).toBe(2025)
    expect(defaultYear({ firstYear: 2020, lastYear: 2025 }, new Date(2024, 5, 1))).toBe(2023)
    expect(defaultYear({ firstYear: 2027, lastYear: 2035 }, new Date(2026, 5, 1))).toBe(2027)
    expect(defaultYear({ firstYear: 2020, lastYear: 2022 }, new Date(2026, 5, 1))).toBe(2022)
  })

  it('cuts the trend years 2020–2025 to the edition', () => {
    expect(trendRange({ firstYear: 2019, lastYear: 2030 })).toEqual({ from: 2020, to: 2025 })
    expect(trendRange({ firstYear: 2022, lastYear: 2024 })).toEqual({ from: 2022, to: 2024 })
    expect(trendRange({ firstYear: 2027, lastYear: 2035 })).toBeNull()
  })

  it('widens the trend years to take in the selected year, within the edition', () => {
    expect(trendRange({ firstYear: 2019, lastYear: 2035 }, 2028)).toEqual({ from: 2020, to: 2028 })
    expect(trendRange({ firstYear: 2019, lastYear: 2035 }, 2019)).toEqual({ from: 2019, to: 2025 })
    expect(trendRange({ firstYear: 2019, lastYear: 2035 }, 2023)).toEqual({ from: 2020, to: 2025 })
    expect(trendRange({ firstYear: 2027, lastYear: 2035 }, 2030)).toEqual({ from: 2027, to: 2030 })
  })

  it('ranks a county among the counties of its prefecture, and a prefecture ranks its counties', () => {
    const county: RegionDetail = {
      code: '152502',
      name: '锡林浩特市',
      level: 'COUNTY',
      parentCode: '152500',
      functionalZone: false,
      terrain: 'UNKNOWN',
      keyEcologicalFunctionArea: false,
      grassland: null,
      coastal: null,
      hasChildren: true,
      version: 0,
      ancestors: [
        { code: '150000', name: '内蒙古自治区', level: 'PROVINCE' },
        { code: '152500', name: '锡林郭勒盟', level: 'PREFECTURE' },
      ],
    }
    expect(rankingParentOf(county)).toEqual({ code: '152500', name: '锡林郭勒盟' })
    const prefecture: RegionDetail = { ...county, code: '152500', name: '锡林郭勒盟', level: 'PREFECTURE', ancestors: [] }
    expect(rankingParentOf(prefecture)).toEqual({ code: '152500', name: '锡林郭勒盟' })
  })

  it('formats numbers with at most four decimals and a dash for none', () => {
    expect(formatNumber(75)).toBe('75')
    expect(formatNumber(-5.123456)).toBe('-5.1235')
    expect(formatNumber(null)).toBe('—')
    expect(formatNumber(Number.NaN)).toBe('—')
  })
})
