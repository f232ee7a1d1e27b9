import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/enforcement', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/enforcement')>()),
  listRectifications: vi.fn(),
  exportRectifications: vi.fn(),
  listProposals: vi.fn(),
  exportProposals: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as api from '@/api/enforcement'
import type { ProposalSummary, RectificationSummary } from '@/api/enforcement'
import RectificationListView from '@/views/enforcement/RectificationListView.vue'
import ProposalListView from '@/views/enforcement/ProposalListView.vue'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

const rectification: RectificationSummary = {
  id: 7,
  titleId: 3,
  regionCode: '150822',
  regionName: '磴口县',
  subjectName: '磴口县人民政府',
  stage: 'RECTIFICATION',
  origin: 'PROPOSAL',
  orderedOn: '2031-03-01',
  dueOn: '2031-06-01',
  state: 'OVERDUE',
}

const proposal: ProposalSummary = {
  id: 8,
  titleId: 3,
  regionCode: '150822',
  regionName: '磴口县',
  subjectName: '磴口县人民政府',
  sanctionCode: 'KEY_TASKS_UNFINISHED',
  sanctionText: '重点工作任务未完成',
  article: '第十八条',
  state: 'OPEN',
  measure: null,
  severity: null,
  openedAt: '2031-03-01T02:00:00Z',
}

async function mounted(view: typeof RectificationListView | typeof ProposalListView, route: string) {
  vi.mocked(api.listRectifications).mockResolvedValue({ content: [rectification], page: 0, size: 20, totalElements: 1 })
  vi.mocked(api.listProposals).mockResolvedValue({ content: [proposal], page: 0, size: 20, totalElements: 1 })
  const app = createTestApp(makeMe('PROVINCE_STAFF'))
  await app.router.push({ name: route })
  const wrapper = mount(view, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

/** Clicks the descending caret of the column headed {@code label}. */
async function sortDescending(wrapper: Awaited<ReturnType<typeof mounted>>, label: string): Promise<void> {
  const header = wrapper.findAll('th').find((th) => th.text().includes(label))
  expect(header, label).toBeDefined()
  await header!.get('.caret-wrapper .descending').trigger('click')
  await settle()
  await flushPromises()
}

describe('the rectification list', { timeout: 60_000 }, () => {
  it('searches, sorts on the server by the column clicked, and exports what it shows', async () => {
    const wrapper = await mounted(RectificationListView, 'enforcement-rectifications')
    expect(wrapper.text()).toContain('已逾期')
    await wrapper.get('[data-testid="paged-search-input"]').setValue('磴口')
    await sortDescending(wrapper, '下达日期')
    expect(api.listRectifications).toHaveBeenLastCalledWith(
      { q: '磴口', state: null, region: null, programme: null, year: null, sort: '-ordered' },
      0,
      20,
    )
    await wrapper.get('[data-testid="rectification-export"]').trigger('click')
    await flushPromises()
    expect(api.exportRectifications).toHaveBeenCalledWith({
      q: '磴口',
      state: null,
      region: null,
      programme: null,
      year: null,
      sort: '-ordered',
    })
  })
})

describe('the proposal list', { timeout: 60_000 }, () => {
  it('sorts on the server by the column clicked and exports with the same filters', async () => {
    const wrapper = await mounted(ProposalListView, 'enforcement-proposals')
    expect(api.listProposals).toHaveBeenCalledWith(
      { q: '', state: 'OPEN', code: null, regionCode: null, programme: null, year: null, sort: null },
      0,
      20,
    )
    await sortDescending(wrapper, '状态')
    await wrapper.get('[data-testid="proposal-export"]').trigger('click')
    await flushPromises()
    expect(api.exportProposals).toHaveBeenCalledWith({
      q: '',
      state: 'OPEN',
      code: null,
      regionCode: null,
      programme: null,
      year: null,
      sort: '-state',
    })
  })
})
