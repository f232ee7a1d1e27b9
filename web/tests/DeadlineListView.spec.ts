import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/deadline', () => ({ listDeadlines: vi.fn(), exportDeadlines: vi.fn() }))

import * as deadlineApi from '@/api/deadline'
import type { DeadlineItem } from '@/api/deadline'
import DeadlineListView from '@/views/deadline/DeadlineListView.vue'
import { remaining } from '@/views/deadline/deadlineText'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

function item(overrides: Partial<DeadlineItem>): DeadlineItem {
  return {
    id: 1,
    subjectType: 'PLAN',
    subjectId: 5,
    kind: 'PLAN_FILING',
    title: '《阿巴嘎旗生态文明建设示范区规划》备案',
    regionCode: '152522',
    regionName: '阿巴嘎旗',
    role: 'COUNTY_GOVERNMENT',
    startDate: '2026-09-25',
    workingDays: 15,
    dueDate: '2026-10-22',
    workingDaysLeft: 2,
    overdue: false,
    mine: true,
    explanation: ['自 2026-09-25 的次日起算 15 个工作日。', '截止日期为 2026-10-22（星期四）。'],
    link: '/plans/5',
    ...overrides,
  }
}

async function mountView(rows: DeadlineItem[], total = rows.length) {
  vi.mocked(deadlineApi.listDeadlines).mockResolvedValue({ content: rows, page: 0, size: 20, totalElements: total })
  const app = createTestApp(makeMe('COUNTY_GOVERNMENT'))
  await app.router.push({ name: 'deadlines' })
  const wrapper = mount(DeadlineListView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return { wrapper, router: app.router }
}

/** The filters the list sends when none is set (issue 14 §6). */
const NO_FILTER = { q: '', dueFrom: null, dueTo: null, overdue: null, sort: null }

describe('deadline list', () => {
  it('shows title, responsible region, due date, working days left and the explanation', async () => {
    const { wrapper } = await mountView([item({})])
    expect(deadlineApi.listDeadlines).toHaveBeenCalledWith(10, 0, 20, NO_FILTER)
    const text = wrapper.get('[data-testid="deadline-table"]').text()
    expect(text).toContain('《阿巴嘎旗生态文明建设示范区规划》备案')
    expect(text).toContain('阿巴嘎旗')
    expect(text).toContain('2026-10-22')
    expect(text).toContain('自 2026-09-25 的次日起算 15 个工作日。')
    expect(wrapper.get('[data-testid="deadline-left-1"]').text()).toBe('剩余2个工作日')
  })

  it('shows an overdue deadline in red with the working days overdue', async () => {
    const { wrapper } = await mountView([item({ id: 2, workingDaysLeft: -3, overdue: true })])
    expect(wrapper.get('[data-testid="deadline-left-2"]').text()).toBe('已逾期3个工作日')
    expect(wrapper.get('.el-tag--danger').text()).toBe('已逾期3个工作日')
    expect(wrapper.get('.overdue').text()).toBe('已逾期3个工作日')
  })

  it('asks the server for one page and for the next page when paged', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => item({ id: i + 1 }))
    const { wrapper } = await mountView(rows, 45)
    expect(wrapper.text()).toContain('45')
    await wrapper.get('.el-pager li:nth-child(2)').trigger('click')
    await settle()
    await flushPromises()
    expect(deadlineApi.listDeadlines).toHaveBeenLastCalledWith(10, 1, 20, NO_FILTER)
  })

  it('opens the subject when the title is clicked', async () => {
    const { wrapper, router } = await mountView([item({})])
    const push = vi.spyOn(router, 'push').mockResolvedValue(undefined)
    await wrapper.get('[data-testid="deadline-open-1"]').trigger('click')
    expect(push).toHaveBeenCalledWith('/plans/5')
  })

  it('is in the menu of the business roles only', async () => {
    const { router } = await mountView([])
    const meta = router.resolve({ name: 'deadlines' }).meta
    expect(meta.roles).toContain('COUNTY_GOVERNMENT')
    expect(meta.roles).toContain('PREFECTURE_STAFF')
    expect(meta.roles).not.toContain('SYSTEM_ADMIN')
    expect(meta.roles).not.toContain('AUDIT_ADMIN')
  })
})

describe('remaining time', () => {
  it('distinguishes days left, due today and overdue', () => {
    expect(remaining({ workingDaysLeft: 5, overdue: false })).toEqual({ key: 'deadline.left', count: 5, type: 'info' })
    expect(remaining({ workingDaysLeft: 3, overdue: false }).type).toBe('warning')
    expect(remaining({ workingDaysLeft: 0, overdue: false }).key).toBe('deadline.dueToday')
    expect(remaining({ workingDaysLeft: -1, overdue: true })).toEqual({ key: 'deadline.overdueBy', count: 1, type: 'danger' })
  })

  it('exports what the list shows: the same window and filters', async () => {
    const { wrapper } = await mountView([item({})])
    await wrapper.get('[data-testid="deadline-export"]').trigger('click')
    await flushPromises()
    expect(deadlineApi.exportDeadlines).toHaveBeenCalledWith(10, NO_FILTER)
  })
})
