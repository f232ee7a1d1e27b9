import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/supervision', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/supervision')>()),
  listChecks: vi.fn(),
  exportChecks: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as api from '@/api/supervision'
import type { CheckSummary } from '@/api/supervision'
import CheckListView from '@/views/supervision/CheckListView.vue'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

const check: CheckSummary = {
  id: 4,
  titleId: 3,
  regionCode: '150826',
  regionName: '杭锦后旗',
  subjectName: '杭锦后旗人民政府',
  programme: 'TWO_MOUNTAINS_BASE',
  checkCode: 'SITE_CHECK_2Y',
  kind: 'SITE_CHECK',
  regulationCode: 'IM-TWOMTN-2022',
  regulationVersion: 3,
  namedOn: '2022-05-10',
  anniversaryOn: '2024-05-10',
  dueOn: '2024-05-10',
  openedOn: '2024-05-10',
  state: 'OPEN',
  problemsFound: null,
  concludedOn: null,
  runId: null,
  version: 0,
}

describe('the check list', { timeout: 60_000 }, () => {
  it('sorts on the server by the column clicked and exports with the same filters', async () => {
    vi.mocked(api.listChecks).mockResolvedValue({ content: [check], page: 0, size: 20, totalElements: 1 })
    const app = createTestApp(makeMe('PROVINCE_STAFF'))
    await app.router.push({ name: 'supervision-checks' })
    const wrapper = mount(CheckListView, { global: { plugins: app.plugins }, attachTo: document.body })
    await settle()
    await flushPromises()
    expect(wrapper.text()).toContain('杭锦后旗人民政府')
    const due = wrapper.findAll('th').find((th) => th.text().includes('应开展日期'))
    expect(due).toBeDefined()
    await due!.get('.caret-wrapper .descending').trigger('click')
    await settle()
    await flushPromises()
    expect(api.listChecks).toHaveBeenLastCalledWith(
      { kind: null, state: null, regionCode: null, q: null, programme: null, year: null, sort: '-due' },
      0,
      20,
    )
    await wrapper.get('[data-testid="check-export"]').trigger('click')
    await flushPromises()
    expect(api.exportChecks).toHaveBeenCalledWith({
      kind: null,
      state: null,
      regionCode: null,
      q: null,
      programme: null,
      year: null,
      sort: '-due',
    })
  })
})
