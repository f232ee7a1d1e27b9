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
vi.mock('@/api/region', () => ({
  listProvinces: vi.fn(),
  listChildren: vi.fn(),
  getRegion: vi.fn(async () => ({ code: '150602', name: '东胜区', level: 'COUNTY', path: '/150000/150600/150602/', ancestors: [] })),
  searchRegions: vi.fn(async () => []),
  listDescendants: vi.fn(),
  updateRegionAttributes: vi.fn(),
}))
vi.mock('@/api/progress', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/progress')>()),
  getProgress: vi.fn(),
}))
vi.mock('@/api/constructionUnit', () => ({ listConstructionUnits: vi.fn() }))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as indicatorApi from '@/api/indicator'
import * as unitApi from '@/api/constructionUnit'
import { page } from './identityFixtures'
import type { ApplicableEditions } from '@/api/indicator'
import type { Me } from '@/api/types'
import { buildMenu } from '@/router/access'
import { layoutChildren } from '@/router/routes'
import { lacksEdition, offeredCodes, openingEdition } from '@/views/indicator/applicability'
import ScorecardView from '@/views/indicator/ScorecardView.vue'
import NoEditionNotice from '@/views/indicator/NoEditionNotice.vue'
import ProgressDashboardView from '@/views/indicator/ProgressDashboardView.vue'
import * as progressApi from '@/api/progress'
import { createTestApp, makeMe, settle } from './helpers'
import { cityPartial, guizhou } from './indicatorFixtures'
import { bim } from './progressFixtures'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())
beforeEach(() => {
  vi.mocked(unitApi.listConstructionUnits).mockResolvedValue(page([]))
  vi.mocked(indicatorApi.listEditions).mockResolvedValue([])
})

function offer(overrides: Partial<ApplicableEditions> = {}): ApplicableEditions {
  return {
    regionCode: '150300',
    regionName: '乌海市',
    level: 'PREFECTURE',
    editions: [bim, cityPartial],
    atOwnLevel: [bim.code, cityPartial.code],
    preferred: cityPartial.code,
    missing: [],
    ...overrides,
  }
}

const imCounty = offer({
  regionCode: '150602',
  regionName: '东胜区',
  level: 'COUNTY',
  editions: [],
  atOwnLevel: [],
  preferred: null,
  missing: [
    {
      programme: 'ECO_CIVILIZATION_ZONE',
      regulationCode: 'IM-ECOCIV-2022',
      regulationTitleZh: '内蒙古自治区生态文明建设示范区创建管理规程',
      article: '第十条（三）',
      textZh: '经自查已达到国家示范区各项建设指标要求',
      noteZh: '（县）建设指标尚未在平台中录入，暂无指标版本',
    },
  ],
})

describe('the edition an indicator page opens on', () => {
  it('is the one the link asks for when it is offered', () => {
    expect(openingEdition(offer(), bim.code)?.code).toBe(bim.code)
  })

  it("is the user's regulation's edition when the link asks for one that is not offered", () => {
    expect(openingEdition(offer(), guizhou.code)?.code).toBe(cityPartial.code)
  })

  it('is the first offered without a preference, and none when nothing is offered', () => {
    expect(openingEdition(offer({ preferred: null }))?.code).toBe(bim.code)
    expect(openingEdition(imCounty, guizhou.code)).toBeNull()
  })
})

describe('a level without an edition', () => {
  it('is reported when nothing is offered, or for entry when nothing takes values of the own level', () => {
    expect(lacksEdition(imCounty)).toBe(true)
    expect(lacksEdition(offer())).toBe(false)
    expect(lacksEdition(offer({ atOwnLevel: [] }), true)).toBe(true)
    expect(lacksEdition(null)).toBe(false)
  })
})

describe('pages bound to an edition in the menu', () => {
  const names = (role: 'PROVINCE_STAFF' | 'PREFECTURE_STAFF', editions?: string[]) =>
    buildMenu(layoutChildren, role, '/', undefined, editions).map((i) => i.name)

  it('shows no Beautiful Inner Mongolia page to Guizhou users, whose offer lacks BIM-2024', () => {
    const guizhouOffer = offeredCodes(offer({ editions: [guizhou, cityPartial] }))
    expect(names('PROVINCE_STAFF', guizhouOffer)).not.toContain('indicator-progress')
    expect(names('PROVINCE_STAFF', guizhouOffer)).not.toContain('beautiful-im')
    expect(names('PREFECTURE_STAFF', guizhouOffer)).not.toContain('indicator-progress')
    expect(names('PROVINCE_STAFF', guizhouOffer)).toContain('indicator-scorecard')
  })

  it('shows them to Inner Mongolia users, and hides them while the offer is not read yet', () => {
    expect(names('PROVINCE_STAFF', offeredCodes(offer()))).toEqual(
      expect.arrayContaining(['indicator-progress', 'beautiful-im']),
    )
    expect(names('PREFECTURE_STAFF', [])).not.toContain('indicator-progress')
  })
})

/** jsdom cannot draw. */
const EChartStub = defineComponent({ name: 'EChart', props: { option: Object, height: String }, setup: () => () => h('div') })

async function mountScorecard(me: Me, applicable: ApplicableEditions): Promise<VueWrapper> {
  vi.mocked(indicatorApi.getApplicableEditions).mockResolvedValue(applicable)
  const app = createTestApp(me)
  await app.router.push({ name: 'indicator-scorecard' })
  const wrapper = mount(ScorecardView, {
    global: { plugins: app.plugins, stubs: { EChart: EChartStub, transition: false } },
    attachTo: document.body,
  })
  await settle()
  await flushPromises()
  return wrapper
}

describe('the scorecard page', () => {
  const county = makeMe('COUNTY_GOVERNMENT', { region: { code: '150602', name: '东胜区', level: 'COUNTY' } })

  it('says in plain words that no indicator system applies yet, and asks for no scorecard', async () => {
    const wrapper = await mountScorecard(county, imCounty)

    const notice = wrapper.get('[data-testid="no-edition"]')
    expect(notice.text()).toContain('东胜区（县级）暂无适用的指标体系')
    expect(notice.text()).toContain('尚未录入平台')
    expect(notice.text()).toContain('指标体系版本管理')
    expect(notice.get('[data-testid="no-edition-rules"]').text()).toContain('第十条（三）')
    expect(wrapper.find('[data-testid="no-edition-editor-link"]').exists()).toBe(false)
    expect(indicatorApi.getScorecard).not.toHaveBeenCalled()
    expect(indicatorApi.listEditions).not.toHaveBeenCalled()
  })

  it("opens on the edition the user's regulation names and offers only the applicable ones", async () => {
    const league = makeMe('PREFECTURE_STAFF', { region: { code: '150300', name: '乌海市', level: 'PREFECTURE' } })
    vi.mocked(indicatorApi.getScorecard).mockReturnValue(new Promise(() => undefined))

    const wrapper = await mountScorecard(league, offer())

    expect(wrapper.find('[data-testid="no-edition"]').exists()).toBe(false)
    expect(vi.mocked(indicatorApi.getScorecard).mock.calls[0]?.[0].edition).toBe(cityPartial.code)
  })
})

describe('the notice for province staff', () => {
  it('links to the edition editor', async () => {
    const staff = makeMe('PROVINCE_STAFF', { region: { code: '150000', name: '内蒙古自治区', level: 'PROVINCE' } })
    const app = createTestApp(staff)
    await app.router.push({ name: 'indicator-scorecard' })
    const wrapper = mount(NoEditionNotice, {
      props: { applicable: offer({ regionName: '内蒙古自治区', level: 'PROVINCE', editions: [], atOwnLevel: [] }) },
      global: { plugins: app.plugins },
    })
    await flushPromises()

    expect(wrapper.get('[data-testid="no-edition-editor"]').text()).toContain('指标体系版本管理')
    expect(wrapper.get('[data-testid="no-edition-editor-link"]').attributes('href')).toBe('/indicator/editions')
  })
})

describe('the Beautiful Inner Mongolia progress page opened by a Guizhou user', () => {
  it('says the targets do not apply there and asks for no progress', async () => {
    vi.mocked(indicatorApi.getApplicableEditions).mockResolvedValue(
      offer({ regionCode: '520000', regionName: '贵州省', level: 'PROVINCE', editions: [guizhou, cityPartial] }),
    )
    const staff = makeMe('PROVINCE_STAFF', { region: { code: '520000', name: '贵州省', level: 'PROVINCE' } })
    const app = createTestApp(staff)
    await app.router.push({ name: 'indicator-progress' })
    const wrapper = mount(ProgressDashboardView, {
      global: { plugins: app.plugins, stubs: { EChart: EChartStub, transition: false } },
      attachTo: document.body,
    })
    await settle()
    await flushPromises()

    expect(wrapper.get('[data-testid="progress-not-offered"]').text()).toContain('只适用于内蒙古自治区')
    expect(progressApi.getProgress).not.toHaveBeenCalled()
    expect(indicatorApi.listEditions).not.toHaveBeenCalled()
  })
})
