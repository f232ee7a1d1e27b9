import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'

vi.mock('@/api/portal', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/portal')>()),
  getPortalHome: vi.fn(),
}))

import * as portalApi from '@/api/portal'
import type { PortalHome } from '@/api/portal'
import PublicHomeView from '@/views/portal/PublicHomeView.vue'
import { createTestApp, settle } from './helpers'

vi.setConfig({ testTimeout: 30_000 })
enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

const home: PortalHome = {
  programmes: ['ECO_CIVILIZATION_ZONE', 'TWO_MOUNTAINS_BASE'],
  columns: [{ regionCode: '152502', regionName: '锡林浩特市', programme: 'ECO_CIVILIZATION_ZONE', items: 3, latest: '2026-04-01T02:00:00Z' }],
  notices: [
    {
      id: 31,
      roundId: 4,
      stepCode: 'PUBLICITY',
      title: '关于拟命名第七批生态文明建设示范区的公示',
      issuerName: '内蒙古自治区生态环境厅',
      documentNumber: null,
      publishedOn: '2026-11-30',
      endsOn: '2026-12-11',
      state: 'PUBLISHED',
      open: true,
      listed: 5,
    },
  ],
  noticeCount: 1,
  titles: [
    {
      subjectName: '阿尔山市',
      regionCode: '152202',
      regionName: '阿尔山市',
      programme: 'TWO_MOUNTAINS_BASE',
      namedOn: '2021-10-01',
    } as unknown as PortalHome['titles'][number],
  ],
  titleCount: 12,
  regulations: [
    {
      code: 'IM-ECOCIV-2022',
      version: 1,
      status: 'PUBLISHED',
      programme: 'ECO_CIVILIZATION_ZONE',
      jurisdiction: '150000',
      inForce: '2022-07-11',
      titleZh: '内蒙古自治区生态文明建设示范区管理规程',
    },
  ],
}

async function mountHome(): Promise<VueWrapper> {
  const app = createTestApp(null)
  await app.router.push({ name: 'public-home' })
  const wrapper = mount(PublicHomeView, { global: { plugins: app.plugins } })
  await settle()
  await flushPromises()
  return wrapper
}

describe('public portal home', () => {
  it('opens without a login at /public and shows the programmes, columns, notices, titled areas and regulations', async () => {
    vi.mocked(portalApi.getPortalHome).mockResolvedValue(home)
    const wrapper = await mountHome()
    expect(portalApi.getPortalHome).toHaveBeenCalledTimes(1)
    expect(wrapper.get('[data-testid="home-programmes"]').text()).toContain('生态文明建设示范区')
    const column = wrapper.get('[data-testid="home-columns"]').get('a')
    expect(column.text()).toBe('锡林浩特市 · 生态文明建设示范区')
    expect(column.attributes('href')).toBe('/public/152502/ECO_CIVILIZATION_ZONE')
    const notices = wrapper.get('[data-testid="home-notices"]')
    expect(notices.get('a').attributes('href')).toBe('/public/notices/31')
    expect(notices.text()).toContain('公示期 2026-11-30 至 2026-12-11')
    const titles = wrapper.get('[data-testid="home-titles"]')
    expect(titles.get('a').attributes('href')).toBe('/public/progress/152202')
    expect(titles.text()).toContain('全部已命名地区（12）')
    const regulations = wrapper.get('[data-testid="home-regulations"]')
    expect(regulations.get('a').attributes('href')).toBe('/regulations/IM-ECOCIV-2022')
    expect(regulations.text()).toContain('第 1 版，2022-07-11 起施行')
  })

  it('says so when a list is empty and when the page cannot be loaded', async () => {
    vi.mocked(portalApi.getPortalHome).mockResolvedValue({ ...home, columns: [], notices: [], noticeCount: 0 })
    const wrapper = await mountHome()
    expect(wrapper.get('[data-testid="home-columns"]').text()).toContain('暂无发布信息的专栏')
    expect(wrapper.get('[data-testid="home-notices"]').text()).toContain('当前没有公示')

    vi.mocked(portalApi.getPortalHome).mockRejectedValue(new Error('down'))
    const failed = await mountHome()
    expect(failed.text()).toContain('公开信息加载失败')
  })
})
