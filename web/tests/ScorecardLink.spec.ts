import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'

vi.mock('@/api/indicator', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/indicator')>()),
  listEditions: vi.fn(),
  getApplicableEditions: vi.fn(),
  getScorecard: vi.fn(),
  getTrend: vi.fn(),
  getRanking: vi.fn(),
}))
vi.mock('@/api/evaluation', () => ({
  exportScorecard: vi.fn(async () => undefined),
  exportRanking: vi.fn(async () => undefined),
  exportLeagueSummary: vi.fn(async () => undefined),
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
import * as evaluationApi from '@/api/evaluation'
import * as regionApi from '@/api/region'
import * as unitApi from '@/api/constructionUnit'
import type { EditionSummary } from '@/api/indicator'
import type { RegionDetail } from '@/api/types'
import { i18n } from '@/locales'
import ScorecardView from '@/views/indicator/ScorecardView.vue'
import EditionYearPicker from '@/views/indicator/EditionYearPicker.vue'
import { askedByLink, editionProblems, linkQuery, scorecardLocation } from '@/views/indicator/scorecardLink'
import { unitFor } from '@/views/indicator/scorecardTexts'
import { createTestApp, makeMe, settle } from './helpers'
import { cityPartial, guizhou, scorecard, scorecardRow } from './indicatorFixtures'
import { page } from './identityFixtures'

enableAutoUnmount(afterEach)
afterEach(() => {
  vi.clearAllMocks()
  i18n.global.locale.value = 'zh-CN'
})

const EChartStub = defineComponent({
  name: 'EChart',
  props: { option: { type: Object, required: true }, height: { type: String, default: '' } },
  setup: (props) => () => h('div', { class: 'echart-stub', 'data-series': JSON.stringify(props.option.series) }),
})

const county = makeMe('COUNTY_GOVERNMENT', { region: { code: '150782', name: '牙克石市', level: 'COUNTY' } })

function regionDetail(code: string, name: string, level: RegionDetail['level'] = 'COUNTY'): RegionDetail {
  return {
    code,
    name,
    level,
    parentCode: '150700',
    functionalZone: false,
    terrain: 'UNKNOWN',
    keyEcologicalFunctionArea: false,
    grassland: null,
    coastal: null,
    hasChildren: true,
    version: 0,
    ancestors: [
      { code: '150000', name: '内蒙古自治区', level: 'PROVINCE' },
      { code: '150700', name: '呼伦贝尔市', level: 'PREFECTURE' },
    ],
  }
}

const countyEdition: EditionSummary = { ...guizhou, code: 'IM-COUNTY', titleZh: '旗县指标', titleEn: 'County indicators' }

beforeEach(() => {
  vi.mocked(indicatorApi.getApplicableEditions).mockRejectedValue(new Error('offline'))
  vi.mocked(unitApi.listConstructionUnits).mockResolvedValue(page([]))
  vi.mocked(indicatorApi.listEditions).mockResolvedValue([countyEdition, cityPartial])
  vi.mocked(indicatorApi.getTrend).mockResolvedValue([])
  vi.mocked(indicatorApi.getRanking).mockResolvedValue([])
  vi.mocked(regionApi.getRegion).mockImplementation(async (code: string) => {
    if (code === '150782') return regionDetail('150782', '牙克石市')
    if (code === '150783') return regionDetail('150783', '扎兰屯市')
    if (code === '150700') return { ...regionDetail('150700', '呼伦贝尔市', 'PREFECTURE'), ancestors: [] }
    throw new Error('not found')
  })
  vi.mocked(indicatorApi.getScorecard).mockImplementation(async (key) =>
    scorecard({ edition: key.edition, regionCode: key.region, year: key.year }),
  )
})

async function open(query: Record<string, string> = {}): Promise<{ wrapper: VueWrapper; app: ReturnType<typeof createTestApp> }> {
  const app = createTestApp(county)
  await app.router.push({ name: 'indicator-scorecard', query })
  const wrapper = mount(ScorecardView, {
    global: { plugins: app.plugins, stubs: { EChart: EChartStub, transition: false } },
    attachTo: document.body,
  })
  await settle()
  await flushPromises()
  return { wrapper, app }
}

describe('scorecard deep link', () => {
  it('reads edition, region and year from the link', () => {
    expect(askedByLink({ edition: 'IM-COUNTY', region: '150782', year: '2023' })).toEqual({
      edition: 'IM-COUNTY',
      region: '150782',
      year: 2023,
    })
    expect(askedByLink({ year: '20x3' })).toEqual({ edition: null, region: null, year: null })
    expect(linkQuery({ edition: 'IM-COUNTY', region: '150782', year: 2023, unit: null })).toEqual({
      edition: 'IM-COUNTY',
      region: '150782',
      year: '2023',
    })
    expect(scorecardLocation({ edition: 'A', region: 'B', year: 2024 })).toEqual({
      name: 'indicator-scorecard',
      query: { edition: 'A', region: 'B', year: '2024' },
    })
  })

  it('names an edition that is not offered and a year outside the edition', () => {
    expect(editionProblems({ edition: 'NOPE', region: null, year: 2024 }, [countyEdition])).toEqual([
      { part: 'edition', value: 'NOPE' },
    ])
    expect(editionProblems({ edition: 'IM-COUNTY', region: null, year: 2040 }, [countyEdition])).toEqual([
      { part: 'year', value: '2040' },
    ])
    expect(editionProblems({ edition: 'IM-COUNTY', region: null, year: 2024 }, [countyEdition])).toEqual([])
    expect(editionProblems({ edition: null, region: null, year: null }, [countyEdition])).toEqual([])
  })

  it('opens on the edition, region and year of the link', async () => {
    const { wrapper } = await open({ edition: 'ECO-CITY-2024', region: '150783', year: '2026' })

    expect(indicatorApi.getScorecard).toHaveBeenCalledWith({ edition: 'ECO-CITY-2024', region: '150783', year: 2026 })
    expect(indicatorApi.getScorecard).toHaveBeenCalledTimes(1)
    expect(wrapper.find('[data-testid="scorecard-link-problem"]').exists()).toBe(false)
  })

  it('keeps the choice in the address as the user changes it', async () => {
    const { wrapper, app } = await open({ edition: 'IM-COUNTY', region: '150782', year: '2024' })

    wrapper.getComponent(EditionYearPicker).vm.$emit('update:year', 2023)
    await settle()
    await flushPromises()
    expect(app.router.currentRoute.value.query).toEqual({ edition: 'IM-COUNTY', region: '150782', year: '2023' })

    wrapper.getComponent(EditionYearPicker).vm.$emit('update:editionCode', 'ECO-CITY-2024')
    await settle()
    await flushPromises()
    expect(app.router.currentRoute.value.query).toMatchObject({ edition: 'ECO-CITY-2024', region: '150782' })
  })

  it('puts the opening choice in the address when the page is opened without a link', async () => {
    const { app } = await open()
    expect(app.router.currentRoute.value.query).toMatchObject({ edition: 'IM-COUNTY', region: '150782' })
    expect(app.router.currentRoute.value.query.year).toMatch(/^\d{4}$/)
  })

  it('says so when the linked edition is unknown or not offered, and opens on an offered one', async () => {
    const { wrapper } = await open({ edition: 'GZ-2SZS-2021', region: '150782', year: '2024' })

    const notice = wrapper.get('[data-testid="scorecard-link-problem"]').text()
    expect(notice).toContain('GZ-2SZS-2021')
    expect(notice).toContain('不适用')
    expect(indicatorApi.getScorecard).toHaveBeenCalledWith(expect.objectContaining({ edition: 'IM-COUNTY' }))
  })

  it('says so when the linked year lies outside the edition', async () => {
    const { wrapper } = await open({ edition: 'IM-COUNTY', region: '150782', year: '2040' })
    expect(wrapper.get('[data-testid="scorecard-link-problem"]').text()).toContain('2040')
  })

  it('says so when the linked region is unknown or out of reach, and shows the own region', async () => {
    const { wrapper } = await open({ edition: 'IM-COUNTY', region: '999999', year: '2024' })

    expect(wrapper.get('[data-testid="scorecard-link-problem"]').text()).toContain('999999')
    expect(indicatorApi.getScorecard).toHaveBeenLastCalledWith(expect.objectContaining({ region: '150782' }))
  })
})

describe('scorecard fixes (issue 14 §8)', () => {
  it('does not ask for the old edition’s indicator when the edition changes', async () => {
    vi.mocked(indicatorApi.getScorecard).mockImplementation(async (key) =>
      key.edition === 'IM-COUNTY'
        ? scorecard({ edition: 'IM-COUNTY', rows: [scorecardRow({ code: 'A-01' })] })
        : scorecard({ edition: key.edition, rows: [scorecardRow({ code: 'B-01' })] }),
    )
    const { wrapper } = await open({ edition: 'IM-COUNTY', region: '150782', year: '2024' })
    expect(indicatorApi.getTrend).toHaveBeenLastCalledWith(expect.objectContaining({ edition: 'IM-COUNTY', indicator: 'A-01' }))

    wrapper.getComponent(EditionYearPicker).vm.$emit('update:editionCode', 'ECO-CITY-2024')
    await settle()
    await flushPromises()

    const asked = vi.mocked(indicatorApi.getTrend).mock.calls.map((c) => `${c[0].edition}/${c[0].indicator}`)
    expect(asked).not.toContain('ECO-CITY-2024/A-01')
    expect(asked).toContain('ECO-CITY-2024/B-01')
  })

  it('includes the selected year in the trend', async () => {
    await open({ edition: 'ECO-CITY-2024', region: '150782', year: '2028' })
    expect(indicatorApi.getTrend).toHaveBeenCalledWith(expect.objectContaining({ from: 2024, to: 2028 }))
  })

  it('wraps the explanation so it reads in full instead of cutting it off', async () => {
    const long = '数值低于目标值，且较上一年度下降；按照原文第三条的规定应当说明原因并提出整改措施。'.repeat(3)
    vi.mocked(indicatorApi.getScorecard).mockResolvedValue(
      scorecard({ rows: [scorecardRow({ code: 'GZ-01', status: 'NOT_MET', reason: long })] }),
    )
    const { wrapper } = await open({ edition: 'IM-COUNTY', region: '150782', year: '2024' })

    const reason = wrapper.get('[data-testid="scorecard-reason-GZ-01"]')
    expect(reason.text()).toBe(long)
    expect(reason.element.closest('.cell')?.classList.contains('el-tooltip')).toBe(false)
  })

  it('shows units in English and labels a target quoted from the Chinese source', async () => {
    i18n.global.locale.value = 'en'
    vi.mocked(indicatorApi.getScorecard).mockResolvedValue(
      scorecard({
        editionTitle: 'County indicators',
        rows: [
          scorecardRow({ code: 'X-01', value: 41, unit: '微克/立方米', targetText: '≤35微克/立方米', status: 'NOT_MET' }),
        ],
      }),
    )
    const { wrapper } = await open({ edition: 'IM-COUNTY', region: '150782', year: '2024' })

    expect(wrapper.get('[data-testid="scorecard-value-X-01"]').text()).toBe('41 μg/m³')
    expect(wrapper.get('[data-testid="scorecard-target-X-01"]').text()).toBe('Source text (Chinese): ≤35微克/立方米')
    expect(wrapper.get('[data-testid="scorecard-edition-title"]').text()).toBe('County indicators')
    expect(unitFor('亿亩', 'en')).toBe('100 million mu')
    expect(unitFor('亿亩', 'zh-CN')).toBe('亿亩')
  })
})

describe('scorecard exports and print', () => {
  it('exports the scorecard as shown', async () => {
    const { wrapper } = await open({ edition: 'IM-COUNTY', region: '150782', year: '2024' })
    await wrapper.get('[data-testid="scorecard-export"]').trigger('click')
    expect(evaluationApi.exportScorecard).toHaveBeenCalledWith({ edition: 'IM-COUNTY', region: '150782', year: 2024 })
  })

  it('offers the league summary for a league and exports its counties', async () => {
    const { wrapper } = await open({ edition: 'IM-COUNTY', region: '150700', year: '2024' })
    await wrapper.get('[data-testid="scorecard-summary-export"]').trigger('click')
    expect(evaluationApi.exportLeagueSummary).toHaveBeenCalledWith({ edition: 'IM-COUNTY', parent: '150700', year: 2024 })
  })

  it('offers no league summary for a county', async () => {
    const { wrapper } = await open({ edition: 'IM-COUNTY', region: '150782', year: '2024' })
    expect(wrapper.find('[data-testid="scorecard-summary-export"]').exists()).toBe(false)
  })

  it('prints the scorecard with the title naming region, year and edition, then restores the title', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      titleWhilePrinting = document.title
    })
    let titleWhilePrinting = ''
    const { wrapper } = await open({ edition: 'IM-COUNTY', region: '150782', year: '2024' })
    document.title = 'ecozone'
    await wrapper.get('[data-testid="scorecard-print"]').trigger('click')

    expect(print).toHaveBeenCalledTimes(1)
    expect(titleWhilePrinting).toContain('锡林浩特市')
    expect(titleWhilePrinting).toContain('2024')
    expect(document.title).toBe('ecozone')
    expect(wrapper.get('[data-testid="scorecard-print-footer"]').text()).toContain('张三')
    print.mockRestore()
  })
})
