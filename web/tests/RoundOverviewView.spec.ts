import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/title', async (original) => ({
  ...(await original<typeof import('@/api/title')>()),
  listRoundOverview: vi.fn(),
  downloadReceipt: vi.fn(),
}))
vi.mock('@/api/dossier', async (original) => ({
  ...(await original<typeof import('@/api/dossier')>()),
  listRounds: vi.fn(),
}))

import * as titleApi from '@/api/title'
import type { RoundOverviewRow } from '@/api/title'
import * as dossierApi from '@/api/dossier'
import type { RoundView } from '@/api/dossier'
import RoundOverviewView from '@/views/title/RoundOverviewView.vue'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

function row(overrides: Partial<RoundOverviewRow> = {}): RoundOverviewRow {
  return {
    dossierId: 41,
    candidacyId: 7,
    subjectName: '乌拉特中旗',
    regionCode: '150824',
    regionName: '乌拉特中旗',
    dossierState: 'SUBMITTED',
    submittedOn: '2026-03-02',
    runState: 'OPEN',
    currentStepCode: 'MINISTRY_RESULT',
    currentStepNameZh: '登记生态环境部的命名结果',
    currentStepArticle: '第十五条',
    due: null,
    overdue: false,
    waitingSince: '2026-04-01',
    daysWaiting: 3,
    blocks: [],
    titleDocument: null,
    receiptNumber: 'GJPT-001',
    receiptFile: true,
    ...overrides,
  }
}

async function mountOverview(rows: RoundOverviewRow[]) {
  vi.mocked(dossierApi.listRounds).mockResolvedValue({
    content: [{ id: 3, title: '2026年生态文明建设示范区' } as RoundView],
    page: 0,
    size: 100,
    totalElements: 1,
  })
  vi.mocked(titleApi.listRoundOverview).mockResolvedValue({ content: rows, page: 0, size: 20, totalElements: rows.length })
  const app = createTestApp(makeMe('PROVINCE_STAFF'))
  await app.router.push({ name: 'round-overview' })
  const wrapper = mount(RoundOverviewView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

describe('round overview', { timeout: 20_000 }, () => {
  it('shows the platform receipt and downloads its uploaded file, only where one was uploaded', async () => {
    const wrapper = await mountOverview([row(), row({ dossierId: 42, receiptNumber: 'GJPT-002', receiptFile: false })])
    expect(wrapper.text()).toContain('GJPT-001')
    expect(wrapper.text()).toContain('GJPT-002')
    expect(wrapper.find('[data-testid="round-overview-receipt-42"]').exists()).toBe(false)

    await wrapper.get('[data-testid="round-overview-receipt-41"]').trigger('click')
    await flushPromises()
    expect(vi.mocked(titleApi.downloadReceipt)).toHaveBeenCalledWith(41)
  })
})
