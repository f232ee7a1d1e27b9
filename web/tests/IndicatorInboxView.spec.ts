import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/indicator', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/indicator')>()),
  listEditions: vi.fn(),
  listInbox: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as indicatorApi from '@/api/indicator'
import IndicatorInboxView from '@/views/indicator/IndicatorInboxView.vue'
import { createTestApp, makeMe, settle } from './helpers'
import { guizhou } from './indicatorFixtures'
import type { IndicatorInboxItem } from '@/api/indicator'

function inboxItem(over: Partial<IndicatorInboxItem>): IndicatorInboxItem {
  return {
    edition: 'GZ-2MI',
    regionCode: '152502',
    regionName: '锡林浩特市',
    unitId: null,
    unitName: null,
    year: 2024,
    submittedBy: '王五',
    submittedAt: null,
    ...over,
  }
}

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

async function mountInbox() {
  vi.mocked(indicatorApi.listEditions).mockResolvedValue([guizhou])
  vi.mocked(indicatorApi.listInbox).mockResolvedValue({
    content: [
      inboxItem({ submittedAt: '2025-03-02T02:00:00Z' }),
      inboxItem({ unitId: 41, unitName: '巴彦宝力格嘎查' }),
    ],
    page: 0,
    size: 20,
    totalElements: 2,
  })
  const app = createTestApp(makeMe('PREFECTURE_STAFF'))
  await app.router.push({ name: 'indicator-inbox' })
  const wrapper = mount(IndicatorInboxView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return { wrapper, router: app.router }
}

describe('confirmation inbox', () => {
  it('asks the server for one page', async () => {
    await mountInbox()
    expect(indicatorApi.listInbox).toHaveBeenCalledWith(0, 20)
  })

  it('lists region, edition title, year and who submitted', async () => {
    const { wrapper } = await mountInbox()
    const text = wrapper.get('[data-testid="inbox-table"] .el-table__body').text()
    expect(text).toContain('锡林浩特市')
    expect(text).toContain('贵州省“两山”指数')
    expect(text).toContain('2024年')
    expect(text).toContain('王五')
  })

  it("links each year to its scorecard by the scorecard's deep link (issue 14 §5)", async () => {
    const { wrapper } = await mountInbox()
    expect(wrapper.get('[data-testid="inbox-scorecard-152502-2024"]').attributes('href')).toBe(
      '/indicator-scorecard?edition=GZ-2MI&region=152502&year=2024',
    )
  })

  it('opens the entry page for that region, edition and year', async () => {
    const { wrapper, router } = await mountInbox()
    await wrapper.get('[data-testid="inbox-open-152502-2024"]').trigger('click')
    await settle()
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('indicator-entry'), { timeout: 10000 })
    expect(router.currentRoute.value.query).toEqual({ edition: 'GZ-2MI', region: '152502', year: '2024' })
  })

  it("names a construction unit's year with its region and opens the entry page for the unit", async () => {
    const { wrapper, router } = await mountInbox()
    expect(wrapper.get('[data-testid="inbox-table"] .el-table__body').text()).toContain('巴彦宝力格嘎查')
    await wrapper.get('[data-testid="inbox-open-152502-2024-41"]').trigger('click')
    await settle()
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('indicator-entry'), { timeout: 10000 })
    expect(router.currentRoute.value.query).toEqual({ edition: 'GZ-2MI', region: '152502', year: '2024', unit: '41' })
  })
})
