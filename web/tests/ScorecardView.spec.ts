import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'

vi.mock('@/api/indicator', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/indicator')>()),
  listEditions: vi.fn(),
  getScorecard: vi.fn(),
  getTrend: vi.fn(),
  getRanking: vi.fn(),
}))
vi.mock('@/api/region', () => ({
  listProvinces: vi.fn(),
  listChildren: vi.fn(),
  getRegion: vi.fn(),
  searchRegions: vi.fn(async () => []),
  listDescendants: vi.fn(),
  updateRegionAttributes: vi.fn(),
}))
vi.mock('@/api/constructionUnit', () => ({ listConstructionUnits: vi.fn() }))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as indicatorApi from '@/api/indicator'
import * as regionApi from '@/api/region'
import * as unitApi from '@/api/constructionUnit'
import type { Scorecard } from '@/api/indicator'
import ScorecardView from '@/views/indicator/ScorecardView.vue'
import UnitSelect from '@/views/indicator/UnitSelect.vue'
import { createTestApp, makeMe, settle } from './helpers'
import { constructionUnit, guizhou, scorecard, scorecardRow } from './indicatorFixtures'
import { page } from './identityFixtures'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

/** jsdom cannot draw: the chart records the option it was given. */
const EChartStub = defineComponent({
  name: 'EChart',
  props: { option: { type: Object, required: true }, height: { type: String, default: '' } },
  setup: (props) => () => h('div', { class: 'echart-stub', 'data-series': JSON.stringify(props.option.series) }),
})

const county = makeMe('COUNTY_GOVERNMENT', { region: { code: '152502', name: '锡林浩特市', level: 'COUNTY' } })

beforeEach(() => {
  vi.mocked(unitApi.listConstructionUnits).mockResolvedValue(page([constructionUnit({ id: 41, name: '巴彦宝力格嘎查' })]))
  vi.mocked(indicatorApi.listEditions).mockResolvedValue([guizhou])
  vi.mocked(indicatorApi.getTrend).mockResolvedValue([
    { year: 2023, value: 33, flag: null, status: 'NOT_MET', appliedTarget: '≥ 35%' },
    { year: 2024, value: 36, flag: null, status: 'MET', appliedTarget: '≥ 35%' },
  ])
  vi.mocked(indicatorApi.getRanking).mockResolvedValue([
    { regionCode: '152501', regionName: '二连浩特市', met: 4, applicable: 5, score: 80, rank: 1, noData: false },
    { regionCode: '152502', regionName: '锡林浩特市', met: 2, applicable: 5, score: 40, rank: 2, noData: false },
  ])
  vi.mocked(regionApi.getRegion).mockResolvedValue({
    code: '152502',
    name: '锡林浩特市',
    level: 'COUNTY',
    parentCode: '152500',
    functionalZone: false,
    terrain: 'ARID_SEMI_ARID',
    keyEcologicalFunctionArea: false,
    grassland: null,
    coastal: null,
    hasChildren: true,
    version: 0,
    ancestors: [
      { code: '150000', name: '内蒙古自治区', level: 'PROVINCE' },
      { code: '152500', name: '锡林郭勒盟', level: 'PREFECTURE' },
    ],
  })
})

async function mountScorecard(card: Scorecard): Promise<VueWrapper> {
  vi.mocked(indicatorApi.getScorecard).mockResolvedValue(card)
  const app = createTestApp(county)
  await app.router.push({ name: 'indicator-scorecard' })
  const wrapper = mount(ScorecardView, {
    // real transitions, so that attributes land on the tag as in the browser
    global: { plugins: app.plugins, stubs: { EChart: EChartStub, transition: false } },
    attachTo: document.body,
  })
  await settle()
  await flushPromises()
  return wrapper
}

function tableRowText(wrapper: VueWrapper, index: number): string {
  const rows = wrapper.get('[data-testid="scorecard-table"]').findAll('.el-table__body tr')
  const row = rows[index]
  if (!row) throw new Error(`no row ${index}`)
  return row.text()
}

describe('scorecard page', () => {
  it("asks for the user's own region, the first edition and last year within it", async () => {
    await mountScorecard(scorecard())
    expect(indicatorApi.getScorecard).toHaveBeenCalledWith(
      expect.objectContaining({ edition: 'GZ-2MI', region: '152502' }),
    )
    const year = vi.mocked(indicatorApi.getScorecard).mock.calls[0]?.[0].year ?? 0
    expect(year).toBeGreaterThanOrEqual(guizhou.firstYear)
    expect(year).toBeLessThanOrEqual(guizhou.lastYear)
  })

  it('lists every row with binding, target as applied, value with unit, status, gap and reason', async () => {
    const wrapper = await mountScorecard(scorecard())
    const forest = tableRowText(wrapper, 1)
    expect(forest).toContain('森林覆盖率')
    expect(forest).toContain('口径待定')
    expect(forest).toContain('约束性')
    expect(forest).toContain('≥ 35%（干旱半干旱地区）')
    expect(forest).toContain('30 %')
    expect(forest).toContain('未达标')
    expect(forest).toContain('-5')
    expect(forest).toContain('30% 低于 35%')
    expect(tableRowText(wrapper, 2)).toContain('参考性')
    expect(tableRowText(wrapper, 4)).toContain('是')
  })

  it('colours the status tags: 达标 green, 未达标 red, 无数据 grey, 需人工研判 orange, 不适用 plain', async () => {
    const wrapper = await mountScorecard(scorecard())
    const tag = (code: string) => wrapper.get(`[data-testid="scorecard-status-${code}"]`)
    expect(tag('GZ-01').text()).toBe('达标')
    expect(tag('GZ-01').classes()).toContain('el-tag--success')
    expect(tag('GZ-07').text()).toBe('未达标')
    expect(tag('GZ-07').classes()).toContain('el-tag--danger')
    expect(tag('GZ-09').text()).toBe('无数据')
    expect(tag('GZ-09').classes()).toContain('el-tag--info')
    expect(tag('GZ-10').text()).toBe('需人工研判')
    expect(tag('GZ-10').classes()).toContain('el-tag--warning')
    expect(tag('GZ-15').text()).toBe('不适用')
    expect(tag('GZ-15').classes()).toContain('el-tag--plain')
  })

  it('sums up met of applicable, the binding indicators not met, and the score with its method note', async () => {
    const wrapper = await mountScorecard(scorecard())
    const met = wrapper.get('[data-testid="scorecard-met"]').text()
    expect(met).toContain('达标 2 / 适用 5')
    expect(met).toContain('未达标 1')
    expect(met).toContain('无数据 1')
    expect(met).toContain('需人工研判 1')
    const binding = wrapper.get('[data-testid="scorecard-binding-not-met"]').text()
    expect(binding).toContain('7. 森林覆盖率')
    expect(binding).not.toContain('细颗粒物')
    const score = wrapper.get('[data-testid="scorecard-score"]').text()
    expect(score).toContain('40')
    expect(score).toContain('达标率')
    expect(wrapper.get('[data-testid="scorecard-score-note"]').text()).toContain('原文未给出权重')
  })

  it('says 无 when no binding indicator misses, and a dash when there is no score', async () => {
    const card = scorecard()
    const wrapper = await mountScorecard({
      ...card,
      summary: { ...card.summary, bindingNotMet: [], score: null, scoreNote: null },
    })
    expect(wrapper.get('[data-testid="scorecard-binding-not-met"]').text()).toContain('无')
    expect(wrapper.get('[data-testid="scorecard-score"]').text()).toContain('—')
    expect(wrapper.find('[data-testid="scorecard-score-note"]').exists()).toBe(false)
  })

  it('shows 演示数据 only when the scorecard says synthetic', async () => {
    const plain = await mountScorecard(scorecard())
    expect(plain.find('[data-testid="scorecard-synthetic"]').exists()).toBe(false)
    plain.unmount()
    const demo = await mountScorecard(scorecard({ synthetic: true }))
    expect(demo.get('[data-testid="scorecard-synthetic"]').text()).toBe('演示数据')
  })

  it('warns when the edition is incomplete', async () => {
    const complete = await mountScorecard(scorecard())
    expect(complete.find('[data-testid="scorecard-incomplete"]').exists()).toBe(false)
    complete.unmount()
    const partial = await mountScorecard(scorecard({ editionComplete: false }))
    expect(partial.find('[data-testid="scorecard-incomplete"]').exists()).toBe(true)
  })

  it('draws the trend of the first indicator over 2020–2025', async () => {
    const wrapper = await mountScorecard(scorecard())
    expect(indicatorApi.getTrend).toHaveBeenCalledWith({
      edition: 'GZ-2MI',
      region: '152502',
      indicator: 'GZ-01',
      from: 2020,
      to: 2025,
    })
    expect(wrapper.find('[data-testid="scorecard-trend"] .echart-stub').exists()).toBe(true)
    expect(indicatorApi.getRanking).not.toHaveBeenCalled()
  })

  it("ranks the counties of the county's prefecture when the 排名 tab opens", async () => {
    const wrapper = await mountScorecard(scorecard())
    const tab = wrapper.findAll('.el-tabs__item').find((t) => t.text() === '排名')
    if (!tab) throw new Error('no ranking tab')
    await tab.trigger('click')
    await settle()
    await flushPromises()
    expect(indicatorApi.getRanking).toHaveBeenCalledWith(expect.objectContaining({ edition: 'GZ-2MI', parent: '152500' }))
    expect(wrapper.find('[data-testid="scorecard-ranking"] .echart-stub').exists()).toBe(true)
    expect(wrapper.text()).toContain('锡林郭勒盟下辖地区排名')
  })

  it("evaluates a construction unit of the region when one is chosen, its trend too, and names it", async () => {
    const wrapper = await mountScorecard(scorecard())
    vi.mocked(indicatorApi.getScorecard).mockResolvedValue(scorecard({ unitId: 41, unitName: '巴彦宝力格嘎查' }))
    wrapper.getComponent(UnitSelect).vm.$emit('update:modelValue', 41)
    await settle()
    await flushPromises()
    expect(indicatorApi.getScorecard).toHaveBeenLastCalledWith(expect.objectContaining({ region: '152502', unit: 41 }))
    expect(indicatorApi.getTrend).toHaveBeenLastCalledWith(expect.objectContaining({ region: '152502', unit: 41 }))
    expect(wrapper.text()).toContain('锡林浩特市 · 巴彦宝力格嘎查')
  })
})

describe('scorecard page, a held value that cannot be used', () => {
  const reason = '所存数值不可用（须为0至100之间的有限数值），按无数据处理'
  const unusableCard = (): Scorecard =>
    scorecard({
      rows: [
        scorecardRow({ code: 'GZ-01', number: 1, name: '细颗粒物年均浓度', value: 28.5, unit: 'μg/m³', status: 'MET' }),
        scorecardRow({
          code: 'GZ-07',
          number: 7,
          name: '森林覆盖率',
          unit: '%',
          valueType: 'PERCENTAGE',
          value: null,
          status: 'NO_DATA',
          reason,
          unusable: true,
        }),
      ],
    })

  it('shows 数值无法使用 in the value cell instead of an empty value, with the reason on hover', async () => {
    const wrapper = await mountScorecard(unusableCard())
    const tag = wrapper.get('[data-testid="scorecard-unusable-GZ-07"]')
    expect(tag.text()).toBe('数值无法使用')
    expect(tag.classes()).toContain('el-tag--danger')
    expect(wrapper.find('[data-testid="scorecard-unusable-GZ-01"]').exists()).toBe(false)
    expect(tableRowText(wrapper, 0)).toContain('28.5 μg/m³')

    await tag.trigger('mouseenter')
    await vi.waitFor(() =>
      expect([...document.querySelectorAll('.el-popper')].map((e) => e.textContent)).toContain(reason),
    )
  })
})
