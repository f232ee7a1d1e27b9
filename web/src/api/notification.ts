import { http } from './http'
import type { components } from './schema'

/** An in-app notification of the logged-in user (docs/api.md, Notifications); `readAt` null while unread. */
export type AppNotification = components['schemas']['cn.ecozone.notification.Notification']

/** One page (0-based) of the user's notifications, newest first, and the unread count of all of them. */
export type NotificationPage = components['schemas']['cn.ecozone.notification.NotificationPage']

const base = '/api/notifications'

/** A page (0-based) of notifications and the unread count; quiet on failure (the bell polls in the background). */
export async function listNotifications(page = 0, size = 20): Promise<NotificationPage> {
  const { data } = await http.get<NotificationPage>(base, { params: { page, size }, silent: true })
  return data
}

export async function markNotificationRead(id: number): Promise<void> {
  await http.post(`${base}/${id}/read`)
}

export async function markAllNotificationsRead(): Promise<number> {
  const { data } = await http.post<{ marked: number }>(`${base}/read-all`)
  return data.marked
}
