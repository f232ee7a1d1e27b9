import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { ElMessageBox, type MessageBoxData } from 'element-plus'

vi.mock('@/api/report', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/report')>()),
  ownBimReports: vi.fn(),
  receiveBimReport: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as api from '@/api/report'
import type { BimReport } from '@/api/report'
import BeautifulImOwnView from '@/views/report/BeautifulImOwnView.vue'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => {
  vi.restoreAllMocks()
  vi.clearAllMocks()
})

const LAST_YEAR = new Date().getFullYear() - 1

const SENT: BimReport = {
  id: 5,
  year: LAST_YEAR,
  senderCode: '150300',
  senderName: '乌海市',
  senderKind: 'LEAGUE',
  text: '乌海湖水质保持Ⅲ类。',
  receivedBy: 'wh.gov',
  receivedAt: '2026-02-01T02:00:00Z',
}

async function mountWith(reports: BimReport[]) {
  vi.mocked(api.ownBimReports).mockResolvedValue(reports)
  const app = createTestApp(
    makeMe('PREFECTURE_GOVERNMENT', { region: { code: '150300', name: '乌海市', level: 'PREFECTURE' } }),
  )
  await app.router.push({ name: 'beautiful-im-own' })
  const wrapper = mount(BeautifulImOwnView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

describe('a league files its own Beautiful Inner Mongolia report', { timeout: 20_000 }, () => {
  it('shows the sent report of the year and no editor', async () => {
    const wrapper = await mountWith([SENT])
    expect(api.ownBimReports).toHaveBeenCalledWith(LAST_YEAR)
    expect(wrapper.get('[data-testid="bim-own-text"]').text()).toBe(SENT.text)
    expect(wrapper.find('[data-testid="bim-own-editor"]').exists()).toBe(false)
  })

  it('sends the written text only after confirmation, naming no sender (the server takes the league)', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
    vi.mocked(api.receiveBimReport).mockResolvedValue(SENT)
    const wrapper = await mountWith([])
    expect(wrapper.get('[data-testid="bim-own-not-sent"]').text()).toContain(String(LAST_YEAR))
    await wrapper.get('textarea[data-testid="bim-own-editor"]').setValue('  乌海湖水质保持Ⅲ类。 ')
    vi.mocked(api.ownBimReports).mockResolvedValue([SENT])
    await wrapper.get('[data-testid="bim-own-send"]').trigger('click')
    await settle()
    await flushPromises()
    expect(confirm.mock.calls[0]?.[0]).toContain('乌海市')
    expect(confirm.mock.calls[0]?.[0]).toContain('自治区生态环境厅将收到本报告')
    expect(api.receiveBimReport).toHaveBeenCalledWith(LAST_YEAR, null, '乌海湖水质保持Ⅲ类。')
    expect(wrapper.find('[data-testid="bim-own-text"]').exists()).toBe(true)
  })

  it('sends nothing when the confirmation is cancelled', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel')
    const wrapper = await mountWith([])
    await wrapper.get('textarea[data-testid="bim-own-editor"]').setValue('草稿')
    await wrapper.get('[data-testid="bim-own-send"]').trigger('click')
    await settle()
    expect(api.receiveBimReport).not.toHaveBeenCalled()
  })
})
