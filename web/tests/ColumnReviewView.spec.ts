import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { ElMessageBox, type MessageBoxData } from 'element-plus'

vi.mock('@/api/portal', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/portal')>()),
  listAwaitingColumnItems: vi.fn(),
  columnItemStep: vi.fn(),
  returnColumnItem: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as portalApi from '@/api/portal'
import type { ColumnItem } from '@/api/portal'
import ColumnReviewView from '@/views/portal/ColumnReviewView.vue'
import { createTestApp, makeMe, settle } from './helpers'
import { page } from './identityFixtures'

vi.setConfig({ testTimeout: 30_000 })
enableAutoUnmount(afterEach)
afterEach(() => {
  vi.clearAllMocks()
  vi.restoreAllMocks()
})

const league = makeMe('PREFECTURE_STAFF', { region: { code: '152500', name: '锡林郭勒盟', level: 'PREFECTURE' } })

const pending: ColumnItem = {
  id: 12,
  regionCode: '152502',
  programme: 'ECO_CIVILIZATION_ZONE',
  kind: 'PROGRESS',
  title: '2026年第二季度创建工作进展',
  body: '完成草原生态修复2万亩。',
  state: 'PENDING',
  draftedBy: '锡林浩特市人民政府',
  draftedAt: '2026-06-30T02:00:00Z',
  approvedBy: null,
  approvedAt: null,
  returnReason: null,
  publishedBy: null,
  publishedAt: null,
  files: [{ documentId: 93, name: '现场.jpg', size: 1024, image: true }],
  version: 2,
}

async function mountPage(): Promise<VueWrapper> {
  vi.mocked(portalApi.listAwaitingColumnItems).mockResolvedValue(page([pending]))
  const app = createTestApp(league)
  await app.router.push({ name: 'column-review' })
  const wrapper = mount(ColumnReviewView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

async function click(wrapper: VueWrapper, testid: string): Promise<void> {
  await wrapper.get(`[data-testid="${testid}"]`).trigger('click')
  await settle()
  await flushPromises()
}

describe('专栏信息审核 (先审后发)', () => {
  it('lists the items awaiting the reviewer, paged, with their files', async () => {
    const wrapper = await mountPage()
    expect(portalApi.listAwaitingColumnItems).toHaveBeenCalledWith(0, 20)
    const row = wrapper.get('[data-testid="column-awaiting"]').find('.el-table__body tr')
    expect(row.text()).toContain('2026年第二季度创建工作进展')
    expect(row.text()).toContain('图片：现场.jpg')
    expect(row.find('a').attributes('href')).toBe('/api/column-items/12/files/93')
  })

  it('approves after asking, saying the drafter is told', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
    vi.mocked(portalApi.columnItemStep).mockResolvedValue({ ...pending, state: 'APPROVED' })
    const wrapper = await mountPage()
    await click(wrapper, 'column-approve-12')
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('将通知起草人'), '提示', expect.anything())
    expect(portalApi.columnItemStep).toHaveBeenCalledWith(pending, 'approve')
    expect(portalApi.listAwaitingColumnItems).toHaveBeenCalledTimes(2)
  })

  it('returns with the reason typed, and sends nothing when cancelled', async () => {
    const prompt = vi
      .spyOn(ElMessageBox, 'prompt')
      .mockResolvedValueOnce({ value: ' 数据口径不一致 ', action: 'confirm' } as unknown as MessageBoxData)
      .mockRejectedValueOnce('cancel')
    vi.mocked(portalApi.returnColumnItem).mockResolvedValue({ ...pending, state: 'RETURNED' })
    const wrapper = await mountPage()
    await click(wrapper, 'column-return-12')
    expect(portalApi.returnColumnItem).toHaveBeenCalledWith(pending, '数据口径不一致')
    await click(wrapper, 'column-return-12')
    expect(prompt).toHaveBeenCalledTimes(2)
    expect(portalApi.returnColumnItem).toHaveBeenCalledTimes(1)
  })
})
