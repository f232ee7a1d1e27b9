import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/keyProject', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/keyProject')>()),
  listKeyProjects: vi.fn(),
  getKeyProject: vi.fn(),
  updateKeyProject: vi.fn(),
  exportKeyProjects: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as api from '@/api/keyProject'
import type { KeyProject } from '@/api/keyProject'
import KeyProjectLibraryView from '@/views/project/KeyProjectLibraryView.vue'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

function project(overrides: Partial<KeyProject> = {}): KeyProject {
  return {
    id: 11,
    regionCode: '152502',
    regionName: '锡林浩特市',
    programme: 'TWO_MOUNTAINS_AREA',
    name: '智慧牧场项目',
    content: '建设智慧牧场 3 处',
    investor: '锡林浩特市农牧业投资有限公司',
    investment: 1500,
    expectedBenefits: '带动牧民增收',
    transformationMode: '生态产业化',
    status: 'UNDER_CONSTRUCTION',
    startYear: 2026,
    endYear: 2028,
    createdBy: 'county',
    createdAt: '2026-01-05T02:00:00Z',
    updatedAt: '2026-03-05T02:00:00Z',
    version: 2,
    mayEdit: true,
    mayDelete: true,
    history: [],
    fromPlan: null,
    ...overrides,
  }
}

async function mountLibrary(role: 'COUNTY_GOVERNMENT' | 'COMMITTEE_OFFICE', rows: KeyProject[], query: Record<string, string> = {}) {
  vi.mocked(api.listKeyProjects).mockResolvedValue({ content: rows, page: 0, size: 20, totalElements: rows.length })
  const app = createTestApp(makeMe(role, { region: { code: '152502', name: '锡林浩特市', level: 'COUNTY' } }))
  await app.router.push({ name: 'key-projects', query })
  const wrapper = mount(KeyProjectLibraryView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

describe('key project library', () => {
  it('lists projects with programme and status in words', async () => {
    const wrapper = await mountLibrary('COUNTY_GOVERNMENT', [project()])
    const text = wrapper.get('[data-testid="kp-table"] .el-table__body').text()
    expect(text).toContain('智慧牧场项目')
    expect(text).toContain('“两山”转化实践区')
    expect(text).toContain('在建')
    expect(wrapper.find('[data-testid="kp-edit-11"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="kp-create"]').exists()).toBe(true)
  })

  it('offers no edit or create to the committee office, which only reads', async () => {
    const wrapper = await mountLibrary('COMMITTEE_OFFICE', [project({ mayEdit: false, mayDelete: false })])
    expect(wrapper.find('[data-testid="kp-edit-11"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="kp-create"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="kp-history-11"]').exists()).toBe(true)
  })

  it('shows the history as old → new with statuses in words', async () => {
    vi.mocked(api.getKeyProject).mockResolvedValue(
      project({
        history: [
          { field: 'status', oldValue: 'PLANNED', newValue: 'UNDER_CONSTRUCTION', changedBy: 'county', changedAt: '2026-03-05T02:00:00Z', reason: null },
          { field: 'investment', oldValue: '1200', newValue: '1500', changedBy: 'county', changedAt: '2026-02-05T02:00:00Z', reason: '追加冷链投资' },
        ],
      }),
    )
    const wrapper = await mountLibrary('COUNTY_GOVERNMENT', [project()])
    await wrapper.get('[data-testid="kp-history-11"]').trigger('click')
    await settle()
    const text = document.body.querySelector('[data-testid="kp-history"]')?.textContent ?? ''
    expect(text).toContain('谋划 → 在建')
    expect(text).toContain('1200 → 1500')
    expect(text).toContain('追加冷链投资')
  })

  it('exports the library with the current filter', async () => {
    vi.mocked(api.exportKeyProjects).mockResolvedValue()
    const wrapper = await mountLibrary('COUNTY_GOVERNMENT', [project()])
    await wrapper.get('[data-testid="kp-export"]').trigger('click')
    await settle()
    expect(api.exportKeyProjects).toHaveBeenCalledWith(expect.objectContaining({ region: null, status: null }))
  })

  it('shows the plan a project came from, and opens a record named in the link from the plan', async () => {
    const fromPlan = project({ id: 12, name: '锡林河流域综合治理', fromPlan: { planId: 7, entry: 'k-1', title: '锡林浩特市生态文明建设规划' } })
    vi.mocked(api.getKeyProject).mockResolvedValue(fromPlan)
    const wrapper = await mountLibrary('COUNTY_GOVERNMENT', [project(), fromPlan], { open: '12' })
    expect(wrapper.get('[data-testid="kp-from-plan-12"]').text()).toBe('《锡林浩特市生态文明建设规划》')
    expect(wrapper.get('[data-testid="kp-from-plan-12"]').attributes('href')).toBe('/plans/7')
    expect(wrapper.get('[data-testid="kp-table"] .el-table__body').text()).toContain('库内录入')
    expect(api.getKeyProject).toHaveBeenCalledWith(12)
    expect(document.body.querySelector('[data-testid="kp-origin"]')?.textContent).toContain('来源规划：《锡林浩特市生态文明建设规划》')
  })
})
