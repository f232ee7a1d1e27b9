import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
vi.mock('@/api/notification', () => ({
  listNotifications: vi.fn().mockResolvedValue({ items: [], unreadCount: 3 }),
  markNotificationRead: vi.fn(),
  markAllNotificationsRead: vi.fn(),
}))
vi.mock('@/api/indicator', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/indicator')>()),
  getApplicableEditions: vi.fn(),
}))

import * as indicatorApi from '@/api/indicator'
import type { EditionSummary } from '@/api/indicator'
import BasicLayout from '@/layouts/BasicLayout.vue'
import { useLocaleStore } from '@/stores/locale'
import type { Me } from '@/api/types'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)

/** What the server offers the user (ADR 0038); Inner Mongolia's editions unless a test says otherwise. */
function offers(codes: string[]) {
  const editions = codes.map((code) => ({ code, titleZh: code, complete: true, firstYear: 2020, lastYear: 2035 }) as EditionSummary)
  vi.mocked(indicatorApi.getApplicableEditions).mockResolvedValue({
    regionCode: '152500',
    regionName: '锡林郭勒盟',
    level: 'PREFECTURE',
    editions,
    atOwnLevel: codes,
    preferred: codes[0] ?? null,
    missing: [],
  })
}

async function mountLayout(me: Me | null) {
  const app = createTestApp(me)
  await app.router.push({ name: 'regions' })
  const wrapper = mount(BasicLayout, {
    global: { plugins: app.plugins, stubs: { RouterView: true } },
    attachTo: document.body,
  })
  await settle()
  await flushPromises()
  return wrapper
}

function menuTexts(wrapper: Awaited<ReturnType<typeof mountLayout>>): string[] {
  return wrapper.findAll('.el-menu-item').map((item) => item.text())
}

describe('main layout', () => {
  it("shows the user's name, Chinese role label and region in the header", async () => {
    const wrapper = await mountLayout(makeMe('PREFECTURE_STAFF'))
    const userMenu = wrapper.get('[data-testid="user-menu"]')
    expect(userMenu.text()).toContain('张三')
    expect(userMenu.text()).toContain('盟市生态环境局工作人员')
    expect(userMenu.text()).toContain('锡林郭勒盟')
  })

  it('builds the side menu for the role, with no business page for an administrator, and the menu-regions test hook', async () => {
    const wrapper = await mountLayout(makeMe('SYSTEM_ADMIN'))
    expect(menuTexts(wrapper)).toEqual([
      '首页',
      '行政区划',
      '创建管理规程',
      '用户管理',
      '机构管理',
      '工作日历',
      '管理员更换',
    ])
    expect(wrapper.get('[data-testid="menu-regions"]').text()).toBe('行政区划')
  })

  it('switches the menu to English when the language changes', async () => {
    const wrapper = await mountLayout(makeMe('AUDIT_ADMIN'))
    expect(menuTexts(wrapper)).toEqual(['首页', '行政区划', '创建管理规程', '管理员更换', '审计日志'])
    useLocaleStore().setLocale('en')
    await flushPromises()
    expect(menuTexts(wrapper)).toEqual([
      'Home',
      'Regions',
      'Regulations',
      'Administrator replacement',
      'Audit log',
    ])
    expect(useLocaleStore().elementLocale.name).toBe('en')
    useLocaleStore().setLocale('zh-CN')
    expect(useLocaleStore().elementLocale.name).toBe('zh-cn')
  })

  it('lists the indicator pages under the 指标管理 group, with menu-<route name> hooks', async () => {
    offers(['BIM-2024', 'ECOCIV-CITY-2024'])
    const wrapper = await mountLayout(makeMe('PREFECTURE_STAFF'))
    const group = wrapper.get('.el-menu-item-group')
    expect(group.get('.el-menu-item-group__title').text()).toBe('指标管理')
    expect(group.findAll('.el-menu-item').map((item) => item.text())).toEqual(['指标填报', '待确认', '填报总览', '指标评估', '美丽内蒙古目标进展'])
    expect(wrapper.get('[data-testid="menu-indicator-entry"]').text()).toBe('指标填报')
    expect(wrapper.get('[data-testid="menu-indicator-inbox"]').text()).toBe('待确认')
    expect(wrapper.get('[data-testid="menu-indicator-scorecard"]').text()).toBe('指标评估')
  })

  it('shows no 美丽内蒙古 page to a Guizhou user, whose offer lacks its edition', async () => {
    offers(['ECOCIV-CITY-2024', 'GZ-2SZS-2021'])
    const wrapper = await mountLayout(
      makeMe('PREFECTURE_STAFF', { region: { code: '520300', name: '遵义市', level: 'PREFECTURE' } }),
    )
    const group = wrapper.get('.el-menu-item-group')
    expect(group.findAll('.el-menu-item').map((item) => item.text())).toEqual(['指标填报', '待确认', '填报总览', '指标评估'])
    expect(wrapper.find('[data-testid="menu-indicator-progress"]').exists()).toBe(false)
  })

  it('shows the notification bell with the unread count to a logged-in user', async () => {
    const wrapper = await mountLayout(makeMe('COUNTY_GOVERNMENT'))
    expect(wrapper.get('[data-testid="notification-unread"]').text()).toContain('3')
  })

  it('offers an anonymous visitor the region browser, the regulations and a login button, no user menu', async () => {
    const wrapper = await mountLayout(null)
    expect(menuTexts(wrapper)).toEqual(['行政区划', '创建管理规程'])
    expect(wrapper.find('[data-testid="user-menu"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="notification-bell"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="header-login"]').text()).toBe('登录')
  })
})
