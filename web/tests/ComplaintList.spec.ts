import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { ElMessageBox, type MessageBoxData } from 'element-plus'

vi.mock('@/api/publicity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/publicity')>()),
  listComplaints: vi.fn(),
  getComplaint: vi.fn(),
  delegateComplaint: vi.fn(),
}))

import * as publicityApi from '@/api/publicity'
import type { ComplaintView } from '@/api/publicity'
import ComplaintListView from '@/views/publicity/ComplaintListView.vue'
import { createTestApp, makeMe, settle } from './helpers'

vi.setConfig({ testTimeout: 30_000 })
enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

function complaint(over: Partial<ComplaintView>): ComplaintView {
  return {
    id: 41,
    trackingNumber: null,
    noticeId: 12,
    noticeTitle: '“两山”基地预审推荐地区公示',
    stepCode: 'PUBLICITY',
    dossierId: 7,
    regionName: '丹寨县',
    subjectName: '丹寨县人民政府',
    realName: true,
    complainantName: null,
    contact: null,
    text: null,
    receivedAt: '2026-05-06T02:00:00Z',
    investigatorRole: 'PREFECTURE_STAFF',
    investigatorRegion: '522600',
    dueOn: '2026-05-20',
    deadlineDays: 10,
    deadlineUncertain: false,
    state: 'RECEIVED',
    finding: null,
    findingText: null,
    foundAt: null,
    attachmentIds: [],
    evidenceIds: [],
    mayFind: false,
    inFull: false,
    delegatedAt: null,
    mayDelegate: false,
    version: 0,
    ...over,
  }
}

describe('complaint list', () => {
  it('names a complaint by its tracking number for the investigator and by its internal number, without a detail, for others', async () => {
    vi.mocked(publicityApi.listComplaints).mockResolvedValue({
      content: [
        complaint({ id: 40, trackingNumber: 'ABCDEFGHJKLMNPQR', inFull: true, complainantName: '王五', text: '数据不一致' }),
        complaint({ id: 41 }),
      ],
      page: 0,
      size: 20,
      totalElements: 2,
    })
    const app = createTestApp(makeMe('PREFECTURE_GOVERNMENT'))
    await app.router.push('/publicity/complaints')
    await app.router.isReady()
    const wrapper = mount(ComplaintListView, { global: { plugins: app.plugins } })
    await settle()
    await flushPromises()
    const text = wrapper.get('[data-testid="publicity-complaints"]').text()
    expect(text).toContain('ABCDEFGHJKLMNPQR')
    expect(text).toContain('投诉编号 41')
    const links = wrapper.findAllComponents({ name: 'ElLink' })
    expect(links.map((l) => l.text())).toEqual(['ABCDEFGHJKLMNPQR'])
  })

  it('lets the province hand a complaint to the municipal bureau after confirming, and shows the handover', async () => {
    const mine = complaint({ id: 42, inFull: true, complainantName: '王五', text: '数据不实', mayFind: true, mayDelegate: true, version: 3 })
    vi.mocked(publicityApi.listComplaints).mockResolvedValue({ content: [mine], page: 0, size: 20, totalElements: 1 })
    vi.mocked(publicityApi.delegateComplaint).mockResolvedValue({
      ...mine,
      investigatorRegion: '522300',
      delegatedAt: '2024-04-02T03:00:00Z',
      mayDelegate: false,
      mayFind: false,
      version: 4,
    })
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
    const app = createTestApp(makeMe('PROVINCE_STAFF'))
    await app.router.push('/publicity/complaints')
    await app.router.isReady()
    const wrapper = mount(ComplaintListView, { global: { plugins: app.plugins }, attachTo: document.body })
    await settle()
    await flushPromises()
    await wrapper.findComponent({ name: 'ElLink' }).trigger('click')
    await flushPromises()
    const button = document.querySelector<HTMLElement>('[data-testid="complaint-delegate"]')
    expect(button).not.toBeNull()
    button!.click()
    await flushPromises()
    expect(confirm.mock.calls[0]?.[0]).toContain('第十五条')
    expect(publicityApi.delegateComplaint).toHaveBeenCalledWith(42, 3)
    expect(document.body.textContent).toContain('已于 2024-04-02 委托市（州）生态环境主管部门调查核实')
    expect(document.querySelector('[data-testid="complaint-delegate"]')).toBeNull()
  })

  it('offers no handover to a reader who may not hand the complaint over', async () => {
    const mine = complaint({ id: 43, inFull: true, complainantName: '王五', text: '数据不实', mayFind: true })
    vi.mocked(publicityApi.listComplaints).mockResolvedValue({ content: [mine], page: 0, size: 20, totalElements: 1 })
    const app = createTestApp(makeMe('PREFECTURE_STAFF'))
    await app.router.push('/publicity/complaints')
    await app.router.isReady()
    const wrapper = mount(ComplaintListView, { global: { plugins: app.plugins }, attachTo: document.body })
    await settle()
    await flushPromises()
    await wrapper.findComponent({ name: 'ElLink' }).trigger('click')
    await flushPromises()
    expect(document.body.textContent).toContain('数据不实')
    expect(document.querySelector('[data-testid="complaint-delegate"]')).toBeNull()
  })
})
