import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/notification', () => ({
  listNotifications: vi.fn(),
  markNotificationRead: vi.fn(),
  markAllNotificationsRead: vi.fn(),
}))

import * as notificationApi from '@/api/notification'
import NotificationBell from '@/components/NotificationBell.vue'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

const overdue = {
  id: 11,
  title: '已逾期：《阿巴嘎旗生态文明建设示范区规划》备案',
  body: '办理期限已过，请尽快办理。',
  link: '/deadlines',
  createdAt: '2026-11-24T02:00:00Z',
  readAt: null,
}
const old = { ...overdue, id: 10, title: '即将到期：旧事项', link: null, readAt: '2026-11-20T02:00:00Z' }

function pageOf(items: notificationApi.AppNotification[], unreadCount: number, totalElements = items.length) {
  return { items, unreadCount, page: 0, size: 10, totalElements }
}

async function mountBell(page: notificationApi.NotificationPage = pageOf([overdue, old], 1)) {
  vi.mocked(notificationApi.listNotifications).mockResolvedValue(page)
  vi.mocked(notificationApi.markNotificationRead).mockResolvedValue()
  vi.mocked(notificationApi.markAllNotificationsRead).mockResolvedValue(1)
  const app = createTestApp(makeMe('COUNTY_GOVERNMENT'))
  await app.router.push({ name: 'home' })
  const wrapper = mount(NotificationBell, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return { wrapper, router: app.router }
}

async function openList(wrapper: Awaited<ReturnType<typeof mountBell>>['wrapper']) {
  await wrapper.get('[data-testid="notification-bell"]').trigger('click')
  await settle()
  await flushPromises()
}

describe('notification bell', () => {
  it('shows the unread count in a badge', async () => {
    const { wrapper } = await mountBell()
    expect(wrapper.get('[data-testid="notification-unread"]').text()).toContain('1')
  })

  it('lists the notifications, unread ones marked, and clicking one marks it read and follows its link', async () => {
    const { wrapper, router } = await mountBell()
    await openList(wrapper)
    const item = document.querySelector('[data-testid="notification-11"]') as HTMLElement
    expect(item.textContent).toContain('《阿巴嘎旗生态文明建设示范区规划》备案')
    expect(item.classList.contains('unread')).toBe(true)
    expect(document.querySelector('[data-testid="notification-10"]')?.classList.contains('unread')).toBe(false)

    const push = vi.spyOn(router, 'push')
    item.click()
    await settle()
    await flushPromises()

    expect(notificationApi.markNotificationRead).toHaveBeenCalledWith(11)
    expect(push).toHaveBeenCalledWith('/deadlines')
    // no unread left: the badge's count is gone
    const badge = wrapper.find('.el-badge__content')
    expect(badge.exists() && badge.isVisible()).toBe(false)
  })

  it('marks all read and reloads', async () => {
    const { wrapper } = await mountBell()
    await openList(wrapper)
    vi.mocked(notificationApi.listNotifications).mockResolvedValue(pageOf([{ ...overdue, readAt: '2026-11-24T03:00:00Z' }, old], 0))
    ;(document.querySelector('[data-testid="notification-read-all"]') as HTMLElement).click()
    await settle()
    await flushPromises()
    expect(notificationApi.markAllNotificationsRead).toHaveBeenCalledOnce()
    expect(document.querySelector('[data-testid="notification-11"]')?.classList.contains('unread')).toBe(false)
  })

  it('pages the notifications: the pager asks the server for the older ones', async () => {
    const { wrapper } = await mountBell(pageOf([overdue, old], 1, 25))
    await openList(wrapper)
    expect(notificationApi.listNotifications).toHaveBeenLastCalledWith(0, 10)
    const next = document.querySelector<HTMLButtonElement>('[data-testid="notification-pager"] .btn-next')
    if (!next) throw new Error('no pager')
    next.click()
    await settle()
    await flushPromises()
    expect(notificationApi.listNotifications).toHaveBeenLastCalledWith(1, 10)
  })

  it('says so when there are no notifications', async () => {
    const { wrapper } = await mountBell(pageOf([], 0))
    await openList(wrapper)
    expect(document.querySelector('.bell-empty')?.textContent).toBe('暂无消息')
    expect(document.querySelector('[data-testid="notification-11"]')).toBeNull()
  })
})
