import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'

vi.mock('@/api/portal', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/portal')>()),
  getPublicColumn: vi.fn(),
}))

import * as portalApi from '@/api/portal'
import type { PublicColumn } from '@/api/portal'
import { ApiError } from '@/utils/apiError'
import PublicColumnView from '@/views/portal/PublicColumnView.vue'
import { createTestApp, settle } from './helpers'

vi.setConfig({ testTimeout: 30_000 })
enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

const column: PublicColumn = {
  regionCode: '152502',
  regionName: '锡林浩特市',
  programme: 'ECO_CIVILIZATION_ZONE',
  plans: [
    {
      id: 41,
      title: '锡林浩特市生态文明建设示范区规划（2026—2030年）',
      periodStart: 2026,
      periodEnd: 2030,
      revision: 1,
      state: 'FILED',
      promulgationBody: '锡林浩特市人民政府',
      promulgatedOn: '2026-03-02',
      promulgationNumber: '锡市政发〔2026〕8号',
      filedOn: '2026-03-16',
      hasText: true,
      issuingDocumentId: 77,
      issuingDocumentName: '关于印发锡林浩特市生态文明建设示范区规划的通知.pdf',
    },
    {
      id: 42,
      title: '锡林浩特市生态文明建设示范区规划（2021—2025年）',
      periodStart: 2021,
      periodEnd: 2025,
      revision: 1,
      state: 'EXPIRED',
      promulgationBody: '锡林浩特市人民代表大会常务委员会',
      promulgatedOn: '2021-05-10',
      promulgationNumber: null,
      filedOn: null,
      hasText: false,
      issuingDocumentId: null,
      issuingDocumentName: null,
    },
  ],
  items: {
    content: [
      {
        id: 7,
        kind: 'PROGRESS',
        title: '2026年第一季度创建工作进展',
        body: '完成草原生态修复1.2万亩。',
        publisher: '锡林浩特市人民政府',
        publishedAt: '2026-04-01T02:00:00Z',
        files: [
          { documentId: 91, name: '修复现场.png', size: 2048, image: true },
          { documentId: 92, name: '实施方案.pdf', size: 4096, image: false },
        ],
      },
      {
        id: 5,
        kind: 'RESULT',
        title: '空气质量优良天数比例',
        body: '2025年优良天数比例达到95%。',
        publisher: '锡林浩特市人民政府',
        publishedAt: '2026-02-01T02:00:00Z',
        files: [],
      },
    ],
    page: 0,
    size: 10,
    totalElements: 2,
  },
}

async function mountColumn(region = '152502', programme = 'ECO_CIVILIZATION_ZONE'): Promise<VueWrapper> {
  const app = createTestApp(null)
  await app.router.push({ name: 'public-column', params: { region, programme } })
  const wrapper = mount(PublicColumnView, { global: { plugins: app.plugins } })
  await settle()
  await flushPromises()
  return wrapper
}

describe('public column', () => {
  it('opens without a login and shows the promulgated plans with the text to download', async () => {
    vi.mocked(portalApi.getPublicColumn).mockResolvedValue(column)
    const wrapper = await mountColumn()
    expect(portalApi.getPublicColumn).toHaveBeenCalledWith('152502', 'ECO_CIVILIZATION_ZONE', 0, 10)
    expect(wrapper.get('[data-testid="public-column-title"]').text()).toBe('锡林浩特市生态文明建设示范区创建工作专栏')
    const plans = wrapper.get('[data-testid="public-plans"]').findAll('.el-table__body tr').map((r) => r.text())
    expect(plans).toHaveLength(2)
    expect(plans[0]).toContain('2026—2030年')
    expect(plans[0]).toContain('已备案')
    expect(plans[0]).toContain('锡市政发〔2026〕8号')
    expect(plans[0]).toContain('2026-03-16')
    expect(plans[1]).toContain('已过期')
    expect(plans[1]).toContain('未公开文本')
    expect(wrapper.get('[data-testid="plan-download-41"]').attributes('href')).toBe('/api/public/plans/41/document')
    expect(wrapper.find('[data-testid="plan-download-42"]').exists()).toBe(false)
  })

  it('names the issuing document a promulgation carried and links it for download, a dash where none was', async () => {
    vi.mocked(portalApi.getPublicColumn).mockResolvedValue(column)
    const wrapper = await mountColumn()
    const issuing = wrapper.get('[data-testid="plan-issuing-download-41"]')
    expect(issuing.text()).toBe('关于印发锡林浩特市生态文明建设示范区规划的通知.pdf')
    expect(issuing.attributes('href')).toBe('/api/public/plans/41/document?documentId=77')
    expect(wrapper.find('[data-testid="plan-issuing-download-42"]').exists()).toBe(false)
    const header = wrapper.get('[data-testid="public-plans"]').find('.el-table__header').text()
    expect(header).toContain('印发文件')
  })

  it('shows the published items with their kind, publisher and text', async () => {
    vi.mocked(portalApi.getPublicColumn).mockResolvedValue(column)
    const wrapper = await mountColumn()
    const items = wrapper.findAll('[data-testid="public-item"]').map((i) => i.text())
    expect(items).toHaveLength(2)
    expect(items[0]).toContain('实施进展')
    expect(items[0]).toContain('2026年第一季度创建工作进展')
    expect(items[0]).toContain('完成草原生态修复1.2万亩。')
    expect(items[0]).toContain('发布单位：锡林浩特市人民政府')
    expect(items[1]).toContain('成效现状')
  })

  it('shows an item images inline and its attachments as downloads from the public file address', async () => {
    vi.mocked(portalApi.getPublicColumn).mockResolvedValue(column)
    const wrapper = await mountColumn()
    const images = wrapper.findAll('[data-testid="public-item-image"]')
    expect(images.map((i) => i.attributes('src'))).toEqual(['/api/public/column-items/7/files/91'])
    expect(images[0]!.attributes('alt')).toBe('修复现场.png')
    const attachments = wrapper.findAll('[data-testid="public-item-attachment"]')
    expect(attachments.map((a) => [a.text(), a.attributes('href')])).toEqual([['实施方案.pdf', '/api/public/column-items/7/files/92']])
  })

  it('pages the items: the pager asks for the next page of 10', async () => {
    vi.mocked(portalApi.getPublicColumn).mockResolvedValue({ ...column, items: { ...column.items, totalElements: 25 } })
    const wrapper = await mountColumn()
    const pager = wrapper.get('[data-testid="public-item-pager"]')
    expect(pager.text()).toContain('25')
    await pager.get('.btn-next').trigger('click')
    await settle()
    await flushPromises()
    expect(portalApi.getPublicColumn).toHaveBeenLastCalledWith('152502', 'ECO_CIVILIZATION_ZONE', 1, 10)
  })

  it('shows no pager when the items fit on one page', async () => {
    vi.mocked(portalApi.getPublicColumn).mockResolvedValue(column)
    const wrapper = await mountColumn()
    expect(wrapper.find('[data-testid="public-item-pager"]').exists()).toBe(false)
  })

  it('says so when there is nothing published yet', async () => {
    vi.mocked(portalApi.getPublicColumn).mockResolvedValue({
      ...column,
      plans: [],
      items: { content: [], page: 0, size: 10, totalElements: 0 },
    })
    const wrapper = await mountColumn()
    expect(wrapper.text()).toContain('暂无公开的规划')
    expect(wrapper.text()).toContain('暂无发布的信息')
  })

  it('shows a clear message for an unknown region or programme (404)', async () => {
    vi.mocked(portalApi.getPublicColumn).mockRejectedValue(
      new ApiError({ status: 404, code: 'not-found', title: null, detail: 'x', fieldErrors: {} }),
    )
    const wrapper = await mountColumn('999999', 'NOPE')
    expect(wrapper.get('[data-testid="public-column-error"]').text()).toContain('未找到该地区或创建类型的专栏')
    expect(wrapper.find('[data-testid="public-column-title"]').exists()).toBe(false)
  })
})
