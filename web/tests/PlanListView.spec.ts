import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/plan', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/plan')>()),
  listPlans: vi.fn(),
  exportPlans: vi.fn(),
  listPlanInbox: vi.fn(),
  listPlanRegulations: vi.fn(),
  createPlan: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as planApi from '@/api/plan'
import type { PlanSummary, PlanView } from '@/api/plan'
import { ROLES, type Page, type Role } from '@/api/types'
import { i18n } from '@/locales'
import { buildMenu } from '@/router/access'
import { layoutChildren } from '@/router/routes'
import PlanListView from '@/views/plan/PlanListView.vue'
import { createTestApp, makeMe, settle } from './helpers'
import { at, plan, promulgated } from './planFixtures'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

const inbox = [at('EXAMINE', ['ACT', 'RETURN'], { id: 1 })]
const all = [
  ...inbox,
  plan({ id: 2, title: '草稿规划', state: 'DRAFT' }),
  plan({ id: 3, title: '退回规划', state: 'RETURNED', returnReason: '依据不足' }),
  plan({ id: 4, title: '已备案规划', state: 'FILED', filedOn: '2026-10-20', filingDue: '2026-10-22' }),
  plan({ id: 5, title: '过期规划', state: 'EXPIRED' }),
  promulgated({ id: 6, title: '逾期规划', overdue: true }),
]

/** The plans as one page of the list answers them. */
function page(plans: PlanView[]): Page<PlanSummary> {
  const content = plans.map((p) => ({ ...p, updatedAt: '2026-10-01T08:00:00Z' }))
  return { content, page: 0, size: 20, totalElements: content.length }
}

async function mountList(role: Role = 'PREFECTURE_STAFF') {
  vi.mocked(planApi.listPlanInbox).mockResolvedValue(page(inbox))
  vi.mocked(planApi.listPlans).mockResolvedValue(page(all))
  const app = createTestApp(makeMe(role))
  await app.router.push({ name: 'plans' })
  const wrapper = mount(PlanListView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return { wrapper, router: app.router }
}

async function showAll(wrapper: Awaited<ReturnType<typeof mountList>>['wrapper']): Promise<void> {
  await wrapper.get('[data-testid="plan-tab-all"]').trigger('click')
  await settle()
  await flushPromises()
}

describe('plan list', { timeout: 20_000 }, () => {
  it('opens on the plans waiting for me, with subject, period, state and current step', async () => {
    const { wrapper } = await mountList()
    expect(planApi.listPlanInbox).toHaveBeenCalledTimes(1)
    expect(planApi.listPlans).not.toHaveBeenCalled()
    const body = wrapper.get('[data-testid="plan-table"] .el-table__body').text()
    expect(body).toContain('锡林浩特市生态文明建设示范区规划（2026—2030年）')
    expect(body).toContain('锡林浩特市')
    expect(body).toContain('2026—2030年')
    expect(body).toContain('盟市生态环境局审核后连同审核意见一并报送自治区生态环境厅')
    expect(wrapper.get('[data-testid="plan-state-1"]').text()).toBe('审核中')
    expect(wrapper.get('[data-testid="plan-open-1"]').text()).toBe('办理')
  })

  it('exports under 全部 what the list shows, with the same search and filters', async () => {
    const { wrapper } = await mountList()
    await showAll(wrapper)
    await wrapper.get('[data-testid="plan-export"]').trigger('click')
    await flushPromises()
    expect(planApi.exportPlans).toHaveBeenCalledWith('', { state: null, region: null, year: null, programme: null, sort: null })
  })

  it('shows every plan under 全部 with its state in Chinese, a page at a time', async () => {
    const { wrapper } = await mountList()
    await showAll(wrapper)
    expect(planApi.listPlans).toHaveBeenCalledTimes(1)
    expect(planApi.listPlans).toHaveBeenCalledWith(0, 20, '', { state: null, region: null, year: null, programme: null, sort: null })
    const states = [1, 2, 3, 4, 5].map((id) => wrapper.get(`[data-testid="plan-state-${id}"]`).text())
    expect(states).toEqual(['审核中', '草稿', '已退回', '已备案', '已过期'])
    expect(wrapper.get('[data-testid="plan-open-2"]').text()).toBe('查看')
  })

  it('shows the filing deadline, in red with 已逾期 when overdue', async () => {
    const { wrapper } = await mountList()
    await showAll(wrapper)
    const overdue = wrapper.get('[data-testid="plan-due-6"]')
    expect(overdue.text()).toContain('2026-10-22')
    expect(overdue.text()).toContain('已逾期')
    expect(overdue.classes()).toContain('overdue')
    const filed = wrapper.get('[data-testid="plan-due-4"]')
    expect(filed.text()).toContain('2026-10-22')
    expect(filed.text()).not.toContain('已逾期')
    expect(filed.classes()).not.toContain('overdue')
  })

  it('offers 新建规划 to subjects only', async () => {
    expect((await mountList('PREFECTURE_STAFF')).wrapper.find('[data-testid="plan-create"]').exists()).toBe(false)
    expect((await mountList('COUNTY_GOVERNMENT')).wrapper.find('[data-testid="plan-create"]').exists()).toBe(true)
    expect((await mountList('PREFECTURE_GOVERNMENT')).wrapper.find('[data-testid="plan-create"]').exists()).toBe(true)
  })

  it('creates a plan under the regulation the server offers and opens it', async () => {
    vi.mocked(planApi.listPlanRegulations).mockResolvedValue([
      { code: 'IM-ECOCIV-2022', version: 1, status: 'PUBLISHED', programme: 'ECO_CIVILIZATION_ZONE', jurisdiction: '150000', inForce: null, titleZh: '内蒙古自治区创建国家生态文明建设示范区管理规程' },
    ])
    vi.mocked(planApi.createPlan).mockResolvedValue(plan({ id: 42 }))
    const { wrapper, router } = await mountList('COUNTY_GOVERNMENT')
    await wrapper.get('[data-testid="plan-create"]').trigger('click')
    await settle()
    await flushPromises()
    // the only regulation offered is chosen
    expect(planApi.listPlanRegulations).toHaveBeenCalled()
    const title = document.querySelector<HTMLInputElement>('[data-testid="plan-title"]')
    if (!title) throw new Error('no title input')
    title.value = '新规划'
    title.dispatchEvent(new Event('input'))
    document.querySelector<HTMLButtonElement>('[data-testid="plan-header-save"]')?.click()
    await settle()
    await flushPromises()
    const year = new Date().getFullYear()
    expect(planApi.createPlan).toHaveBeenCalledWith('IM-ECOCIV-2022', { title: '新规划', periodStart: year, periodEnd: year + 4 })
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('plan'), { timeout: 10_000 })
    expect(router.currentRoute.value.params.id).toBe('42')
  })

  it('offers a draft regulation the server accepts, named as a draft', async () => {
    vi.mocked(planApi.listPlanRegulations).mockResolvedValue([
      { code: 'XL-TWOMTN', version: 1, status: 'DRAFT', programme: 'TWO_MOUNTAINS_AREA', jurisdiction: '152500', inForce: null, titleZh: '锡林郭勒盟转化实践区建设活动管理规程（送审稿）' },
    ])
    vi.mocked(planApi.createPlan).mockResolvedValue(plan({ id: 43 }))
    const { wrapper } = await mountList('COUNTY_GOVERNMENT')
    await wrapper.get('[data-testid="plan-create"]').trigger('click')
    await settle()
    await flushPromises()
    await vi.waitFor(() => expect(document.querySelector('[data-testid="plan-header-dialog"]')?.textContent).toContain('草案，尚未正式发布'))
    const title = document.querySelector<HTMLInputElement>('[data-testid="plan-title"]')
    if (!title) throw new Error('no title input')
    title.value = '转化实践区计划'
    title.dispatchEvent(new Event('input'))
    document.querySelector<HTMLButtonElement>('[data-testid="plan-header-save"]')?.click()
    await settle()
    await flushPromises()
    expect(planApi.createPlan).toHaveBeenCalledWith('XL-TWOMTN', expect.objectContaining({ title: '转化实践区计划' }))
  })

  it('lists 规划管理 in the menu for every role of the procedure, not for the administrators nor the expert', () => {
    const withPlans = ROLES.filter((role) =>
      buildMenu(layoutChildren, role).some((item) => i18n.global.t(item.title) === '规划管理'),
    )
    // the expert reads no plan until the review assigns one (issue 8)
    expect(withPlans).toEqual(ROLES.filter((role) => !role.endsWith('_ADMIN') && role !== 'EXPERT'))
    expect(buildMenu(layoutChildren, 'COUNTY_GOVERNMENT').map((i) => i.name)).not.toContain('plan')
  })
})
