import { http } from './http'

/** An in-app notification of the logged-in user (docs/api.md, Notifications). */
export type AppNotification = {
  id: number
  title: string
  body: string
  /** A UI path, or null. */
  link: string | null
  createdAt: string
  /** null while unread */
  readAt: string | null
}

export type NotificationPage = {
  items: AppNotification[]
  unreadCount: number
}

const base = '/api/notifications'

/** The newest notifications and the unread count; quiet on failure (the bell polls in the background). */
export async function listNotifications(limit = 20): Promise<NotificationPage> {
  const { data } = await http.get<NotificationPage>(base, { params: { limit }, silent: true })
  return data
}

export async function markNotificationRead(id: number): Promise<void> {
  await http.post(`${base}/${id}/read`)
}

export async function markAllNotificationsRead(): Promise<number> {
  const { data } = await http.post<{ marked: number }>(`${base}/read-all`)
  return data.marked
}
