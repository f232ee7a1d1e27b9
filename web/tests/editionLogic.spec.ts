import { describe, expect, it } from 'vitest'
import { applyLocale } from '@/locales'
import {
  cleanHeader,
  groupIndicators,
  headerForCopy,
  indicatorFormFrom,
  publishProblems,
  toIndicatorInput,
  workbookProblems,
} from '@/views/indicator/edition/editionLogic'
import {
  buildTargetSpec,
  emptyTargetForm,
  targetFormFrom,
  targetKindLabel,
  usesJson,
} from '@/views/indicator/edition/targetSpec'
import { header, indicatorInput, targetKinds } from './editionFixtures'

describe('target spec built from the form', () => {
  it('takes only the parameters of the chosen kind that are filled in', () => {
    const form = { ...emptyTargetForm('AT_LEAST'), value: 60, byYear: 2027, tolerance: 5, criterion: 'unused' }
    expect(buildTargetSpec(form, targetKinds)).toEqual({ spec: { kind: 'AT_LEAST', value: 60, byYear: 2027 } })
    expect(buildTargetSpec({ ...form, byYear: null }, targetKinds)).toEqual({ spec: { kind: 'AT_LEAST', value: 60 } })
  })

  it('asks for the target value and for a kind', () => {
    expect(buildTargetSpec(emptyTargetForm('AT_MOST'), targetKinds)).toEqual({ problem: 'valueRequired' })
    expect(buildTargetSpec(emptyTargetForm(''), targetKinds)).toEqual({ problem: 'kindRequired' })
  })

  it('sends switches and choices as they are set', () => {
    const steady = { ...emptyTargetForm('STEADY_IMPROVEMENT'), higherIsBetter: false }
    expect(buildTargetSpec(steady, targetKinds).spec).toEqual({ kind: 'STEADY_IMPROVEMENT', higherIsBetter: false })
    const change = { ...emptyTargetForm('CHANGE_ABOVE'), value: -1, baseline: 'BASELINE' as const }
    expect(buildTargetSpec(change, targetKinds).spec).toEqual({ kind: 'CHANGE_ABOVE', value: -1, baseline: 'BASELINE' })
    const manual = { ...emptyTargetForm('MANUAL'), criterion: '  按年度考核结果研判 ' }
    expect(buildTargetSpec(manual, targetKinds).spec).toEqual({ kind: 'MANUAL', criterion: '按年度考核结果研判' })
    expect(buildTargetSpec(emptyTargetForm('ESTABLISHED'), targetKinds).spec).toEqual({ kind: 'ESTABLISHED' })
  })

  it('reads nested kinds, and kinds it does not know, from the JSON text and checks it', () => {
    expect(usesJson('BY_TERRAIN', targetKinds)).toBe(true)
    expect(usesJson('GRADE_BETTER_THAN', targetKinds)).toBe(true)
    expect(usesJson('AT_LEAST', targetKinds)).toBe(false)
    const json = '{"thresholds": {"MOUNTAIN": {"kind": "AT_LEAST", "value": 60}}}'
    expect(buildTargetSpec({ ...emptyTargetForm('BY_TERRAIN'), json }, targetKinds).spec).toEqual({
      kind: 'BY_TERRAIN',
      thresholds: { MOUNTAIN: { kind: 'AT_LEAST', value: 60 } },
    })
    const bad = (text: string) => buildTargetSpec({ ...emptyTargetForm('BY_TERRAIN'), json: text }, targetKinds).problem
    expect(bad('{"thresholds": ')).toBe('jsonInvalid')
    expect(bad('[1, 2]')).toBe('jsonNotObject')
    expect(bad('{"kind": "ALL_OF", "parts": []}')).toBe('jsonKindMismatch')
    expect(bad('{"kind": "by_terrain", "thresholds": {}}')).toBeUndefined()
  })

  it('round-trips a stored spec and keeps its documenting note', () => {
    const form = targetFormFrom({ kind: 'equals', value: 100, tolerance: 0.5, note: '按原文' })
    expect(form.kind).toBe('EQUALS')
    expect(buildTargetSpec(form, targetKinds).spec).toEqual({ kind: 'EQUALS', value: 100, tolerance: 0.5, note: '按原文' })
    const nested = targetFormFrom({ kind: 'ALL_OF', parts: [{ key: 'a', name_zh: '甲', target: { kind: 'ESTABLISHED' } }] })
    expect(JSON.parse(nested.json)).toEqual({ parts: [{ key: 'a', name_zh: '甲', target: { kind: 'ESTABLISHED' } }] })
  })

  it('names the kinds in the user language and falls back to the code', () => {
    expect(targetKindLabel('AT_LEAST')).toBe('不低于（≥）')
    expect(targetKindLabel('GRADE_BETTER_THAN')).toBe('GRADE_BETTER_THAN')
    applyLocale('en')
    expect(targetKindLabel('AT_LEAST')).toBe('At least (≥)')
  })
})

describe('indicator form', () => {
  it('sends the weight only for a weighted edition and the grades only for a GRADE indicator', () => {
    const form = indicatorFormFrom(indicatorInput({ code: 'f-01', weight: 5, grades: ['优', '良'] }))
    form.nameZh = '  森林覆盖率 '
    form.unit = ' '
    form.grassland = 'yes'
    const shareMet = toIndicatorInput(form, 'SHARE_MET', targetKinds).input
    expect(shareMet).toMatchObject({ code: 'F-01', nameZh: '森林覆盖率', unit: null, weight: null, grades: [], grassland: true })
    form.valueType = 'GRADE'
    const weighted = toIndicatorInput(form, 'WEIGHTED', targetKinds).input
    expect(weighted).toMatchObject({ weight: 5, grades: ['优', '良'], coastal: null })
  })

  it('carries the environmental-quality mark both ways, unmarked for a new indicator', () => {
    expect(indicatorFormFrom(null).environmentalQuality).toBe(false)
    const form = indicatorFormFrom(indicatorInput({ code: 'q-01', environmentalQuality: true }))
    expect(form.environmentalQuality).toBe(true)
    expect(toIndicatorInput(form, 'SHARE_MET', targetKinds).input?.environmentalQuality).toBe(true)
    form.environmentalQuality = false
    expect(toIndicatorInput(form, 'SHARE_MET', targetKinds).input?.environmentalQuality).toBe(false)
  })

  it('sends a stored value range back as it came, and none for a new indicator', () => {
    const kept = indicatorFormFrom(indicatorInput({ code: 'r-01', rangeMin: 0, rangeMax: 500 }))
    expect(toIndicatorInput(kept, 'SHARE_MET', targetKinds).input).toMatchObject({ rangeMin: 0, rangeMax: 500 })
    const fresh = indicatorFormFrom(null)
    fresh.code = 'r-02'
    fresh.target.kind = 'ESTABLISHED'
    expect(toIndicatorInput(fresh, 'SHARE_MET', targetKinds).input).toMatchObject({ rangeMin: null, rangeMax: null })
  })

  it('does not build an indicator whose target is incomplete', () => {
    const form = indicatorFormFrom(null)
    form.target.kind = 'AT_LEAST'
    expect(toIndicatorInput(form, 'SHARE_MET', targetKinds)).toEqual({ problem: 'valueRequired' })
  })
})

describe('edition lists', () => {
  it('groups the indicators in the order their groups first appear', () => {
    const rows = groupIndicators([
      indicatorInput({ code: 'A1', groupPath: '目标一' }),
      indicatorInput({ code: 'B1', groupPath: '目标二' }),
      indicatorInput({ code: 'A2', groupPath: '目标一' }),
    ])
    expect(rows.map((r) => [r.indicator.code, r.group, r.groupStart, r.groupSize])).toEqual([
      ['A1', '目标一', true, 2],
      ['A2', '目标一', false, 2],
      ['B1', '目标二', true, 1],
    ])
  })

  it('reads the sheet, row and column of each workbook problem', () => {
    expect(
      workbookProblems([
        { field: '指标!3!目标类型', message: '「指标」第 3 行「目标类型」：应为以下之一：…' },
        { field: 'file', message: '工作簿须包含「版本信息」和「指标」两个工作表' },
      ]),
    ).toEqual([
      { sheet: '指标', row: 3, column: '目标类型', message: '「指标」第 3 行「目标类型」：应为以下之一：…' },
      { sheet: null, row: null, column: null, message: '工作簿须包含「版本信息」和「指标」两个工作表' },
    ])
  })

  it('tells which indicator a problem found on publishing concerns', () => {
    expect(publishProblems([{ field: 'indicators[F-01].weight', message: 'x' }, { field: 'lastYear', message: 'y' }])).toEqual([
      { indicator: 'F-01', field: 'weight', message: 'x' },
      { indicator: null, field: 'lastYear', message: 'y' },
    ])
  })

  it('copies a header with a new code to choose and the next 版次, and cleans what is sent', () => {
    const copy = headerForCopy(header({ version: 2 }))
    expect(copy).toMatchObject({ code: '', version: 3, titleZh: '贵州省县级生态文明建设指标（2024年）', levels: ['COUNTY'] })
    expect(cleanHeader({ ...copy, code: ' gz-new ', titleEn: ' ', issued: '' })).toMatchObject({
      code: 'GZ-NEW',
      titleEn: null,
      issued: null,
    })
  })
})
