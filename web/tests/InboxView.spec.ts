import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'

vi.mock('@/api/procedure', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/procedure')>()),
  listInbox: vi.fn(),
  exportInbox: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as procedureApi from '@/api/procedure'
import type { InboxItem } from '@/api/procedure'
import InboxView from '@/views/procedure/InboxView.vue'
import { createTestApp, makeMe, settle } from './helpers'
import { page } from './identityFixtures'

enableAutoUnmount(afterEach)
afterEach(() => {
  vi.clearAllMocks()
  localStorage.clear()
})

const item: InboxItem = {
  runId: 4,
  taskId: 9,
  subjectType: 'INDICATOR_YEAR',
  subjectId: 12,
  subjectTitle: '锡林浩特市 2025 年指标',
  subjectRegionCode: '152502',
  link: '/indicators/entry?year=2025',
  stepCode: 'CONFIRM',
  stepKind: 'EXAMINE',
  openedAt: '2026-05-01T02:00:00Z',
  due: '2026-05-10',
  overdue: true,
}

async function mountPage(): Promise<VueWrapper> {
  vi.mocked(procedureApi.listInbox).mockResolvedValue(page([item]))
  const app = createTestApp(makeMe('PREFECTURE_STAFF'))
  await app.router.push({ name: 'inbox' })
  const wrapper = mount(InboxView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

function selectByTestId(wrapper: VueWrapper, testId: string) {
  const select = wrapper.findAllComponents({ name: 'ElSelect' }).find((c) => c.attributes('data-testid') === testId)
  if (!select) throw new Error(`no select ${testId}`)
  return select
}

describe('我的待办: search, filters, sorting and export (issue 14 §5, §6)', { timeout: 20_000 }, () => {
  it('names the kind of every record the engine runs, the indicator year among them', async () => {
    const wrapper = await mountPage()
    const table = wrapper.get('[data-testid="inbox-table"]').text()
    expect(table).toContain('锡林浩特市 2025 年指标')
    expect(table).toContain('指标年度数据')
    expect(table).not.toContain('INDICATOR_YEAR')
  })

  it('sends the kind of step, the programme and the deadline band, and the column sort', async () => {
    const wrapper = await mountPage()
    selectByTestId(wrapper, 'inbox-kind').vm.$emit('update:modelValue', 'EXAMINE')
    selectByTestId(wrapper, 'inbox-kind').vm.$emit('change', 'EXAMINE')
    selectByTestId(wrapper, 'inbox-programme').vm.$emit('update:modelValue', 'TWO_MOUNTAINS_BASE')
    selectByTestId(wrapper, 'inbox-due-band').vm.$emit('update:modelValue', 'SOON')
    selectByTestId(wrapper, 'inbox-due-band').vm.$emit('change', 'SOON')
    await settle()
    expect(procedureApi.listInbox).toHaveBeenLastCalledWith(
      expect.objectContaining({ stepKind: 'EXAMINE', programme: 'TWO_MOUNTAINS_BASE', due: 'SOON' }),
      0,
      20,
    )

    wrapper.findComponent({ name: 'ElTable' }).vm.$emit('sort-change', { column: { columnKey: 'due' }, prop: null, order: 'descending' })
    await settle()
    expect(procedureApi.listInbox).toHaveBeenLastCalledWith(expect.objectContaining({ sort: '-due', due: 'SOON' }), 0, 20)
  })

  it('exports what the list last asked for', async () => {
    const wrapper = await mountPage()
    await wrapper.get('[data-testid="paged-search-input"]').setValue(' 锡林 ')
    await wrapper.get('[data-testid="inbox-table-search"]').trigger('click')
    await settle()
    await wrapper.get('[data-testid="inbox-export"]').trigger('click')
    await settle()
    expect(procedureApi.exportInbox).toHaveBeenCalledWith(expect.objectContaining({ q: '锡林' }))
  })

  it('clears every filter with 重置', async () => {
    const wrapper = await mountPage()
    selectByTestId(wrapper, 'inbox-kind').vm.$emit('update:modelValue', 'EXAMINE')
    await settle()
    await wrapper.get('[data-testid="paged-reset"]').trigger('click')
    await settle()
    expect(procedureApi.listInbox).toHaveBeenLastCalledWith(
      expect.objectContaining({ stepKind: null, programme: null, regionCode: null, due: null, q: '' }),
      0,
      20,
    )
  })
})
