import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/indicator', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/indicator')>()),
  getApplicableEditions: vi.fn(),
}))
vi.mock('@/api/indicatorReview', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/indicatorReview')>()),
  getOverview: vi.fn(),
  remindRegions: vi.fn(),
  confirmRegions: vi.fn(),
}))
vi.mock('@/utils/confirm', () => ({ confirmIrreversible: vi.fn() }))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as indicatorApi from '@/api/indicator'
import * as reviewApi from '@/api/indicatorReview'
import type { OverviewRow } from '@/api/indicatorReview'
import { confirmIrreversible } from '@/utils/confirm'
import IndicatorOverviewView from '@/views/indicator/IndicatorOverviewView.vue'
import { markViewed } from '@/views/indicator/reviewLogic'
import { createTestApp, makeMe, settle } from './helpers'
import { guizhou } from './indicatorFixtures'

enableAutoUnmount(afterEach)
afterEach(() => {
  vi.clearAllMocks()
  sessionStorage.clear()
})

const edition = { ...guizhou, code: 'T-RV', levels: 'COUNTY', firstYear: 2024, lastYear: 2025 }

function row(over: Partial<OverviewRow> & { regionCode: string; regionName: string }): OverviewRow {
  return {
    parentName: '兴安盟',
    state: 'SUBMITTED',
    submittedAt: '2025-03-02T02:00:00Z',
    decidedAt: null,
    version: 3,
    remindedToday: false,
    mayConfirm: true,
    mayRemind: false,
    ...over,
  }
}

const rows = [
  row({ regionCode: '152201', regionName: '乌兰浩特市' }),
  row({ regionCode: '152202', regionName: '阿尔山市' }),
  row({ regionCode: '152222', regionName: '科尔沁右翼中旗', state: 'DRAFT', submittedAt: null, mayConfirm: false, mayRemind: true }),
]

function applicable(editions: (typeof edition)[]) {
  return { regionCode: '152200', regionName: '兴安盟', level: 'PREFECTURE', editions, atOwnLevel: [], preferred: null, missing: [] }
}

async function mountOverview(offered = [edition]) {
  vi.mocked(indicatorApi.getApplicableEditions).mockResolvedValue(applicable(offered))
  vi.mocked(reviewApi.getOverview).mockResolvedValue({
    edition: 'T-RV',
    year: 2025,
    parentCode: '152200',
    parentName: '兴安盟',
    counts: { NOT_STARTED: 3, DRAFT: 1, SUBMITTED: 2, RETURNED: 0, CONFIRMED: 0 },
    page: { content: rows, page: 0, size: 20, totalElements: 3 },
  })
  const app = createTestApp(makeMe('PREFECTURE_STAFF', { region: { code: '152200', name: '兴安盟', level: 'PREFECTURE' } }))
  await app.router.push({ name: 'indicator-overview' })
  const wrapper = mount(IndicatorOverviewView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle(10)
  await flushPromises()
  return { wrapper, router: app.router }
}

describe('the league overview', () => {
  it("lists each county with its state and the counts per state, in Inner Mongolia's words", async () => {
    const { wrapper } = await mountOverview()
    expect(reviewApi.getOverview).toHaveBeenCalledWith(expect.objectContaining({ edition: 'T-RV', year: 2025 }))
    const body = wrapper.get('[data-testid="overview-table"] .el-table__body').text()
    expect(body).toContain('乌兰浩特市')
    expect(body).toContain('已上报')
    expect(body).toContain('填报中')
    expect(wrapper.get('[data-testid="overview-state-NOT_STARTED"]').text()).toContain('(3)')
    expect(wrapper.text()).toContain('旗县')
  })

  it('reminds a county not submitted after asking, and shows who was already reminded today', async () => {
    const { wrapper } = await mountOverview()
    vi.mocked(confirmIrreversible).mockResolvedValue(true)
    vi.mocked(reviewApi.remindRegions).mockResolvedValue([
      { regionCode: '152222', ok: false, status: 409, message: '今天已催报过该地区' },
    ])
    expect(wrapper.find('[data-testid="overview-remind-152201"]').exists()).toBe(false)
    await wrapper.get('[data-testid="overview-remind-152222"]').trigger('click')
    await settle()
    await flushPromises()
    expect(confirmIrreversible).toHaveBeenCalled()
    expect(reviewApi.remindRegions).toHaveBeenCalledWith('T-RV', 2025, ['152222'])
    expect(document.body.querySelector('[data-testid="overview-outcomes"]')?.textContent).toContain('今天已催报')
  })

  it('confirms at once only the selected counties opened in this session, with the version read', async () => {
    markViewed(sessionStorage, 'T-RV', '152201', 2025, 3)
    const { wrapper } = await mountOverview()
    vi.mocked(reviewApi.confirmRegions).mockResolvedValue([{ regionCode: '152201', ok: true, status: 200, code: null, message: null }])
    await wrapper.get('[data-testid="overview-select-152201"] input').setValue(true)
    await wrapper.get('[data-testid="overview-select-152202"] input').setValue(true)
    await settle()
    const button = wrapper.get('[data-testid="overview-confirm-selected"]')
    expect(button.text()).toContain('1')
    await button.trigger('click')
    await settle()
    expect(document.body.querySelector('[data-testid="overview-batch-list"]')?.textContent).toContain('乌兰浩特市')
    expect(document.body.textContent).toContain('阿尔山市')
    document.body.querySelector<HTMLButtonElement>('[data-testid="overview-batch-ok"]')!.click()
    await settle()
    await flushPromises()
    expect(reviewApi.confirmRegions).toHaveBeenCalledWith('T-RV', 2025, [{ region: '152201', version: 3 }], '')
  })

  it("opens a county's entry page for the year", async () => {
    const { wrapper, router } = await mountOverview()
    await wrapper.get('[data-testid="overview-open-152201"]').trigger('click')
    await settle()
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('indicator-entry'), { timeout: 10000 })
    expect(router.currentRoute.value.query).toEqual({ edition: 'T-RV', region: '152201', year: '2025' })
  })
})

describe('the editions the overview offers (issue 14 §1)', () => {
  it('offers only the county-level editions that apply in the user’s jurisdiction', async () => {
    const cityOnly = { ...edition, code: 'T-CITY', levels: 'PREFECTURE' }
    await mountOverview([cityOnly, edition])
    expect(indicatorApi.getApplicableEditions).toHaveBeenCalled()
    expect(reviewApi.getOverview).toHaveBeenCalledWith(expect.objectContaining({ edition: 'T-RV' }))
    expect(reviewApi.getOverview).not.toHaveBeenCalledWith(expect.objectContaining({ edition: 'T-CITY' }))
  })

  it('says in plain words that no indicator system applies to its counties yet, and asks for no overview', async () => {
    const { wrapper } = await mountOverview([])
    expect(wrapper.get('[data-testid="overview-no-edition"]').text()).toContain('尚无适用的指标体系')
    expect(reviewApi.getOverview).not.toHaveBeenCalled()
  })
})
