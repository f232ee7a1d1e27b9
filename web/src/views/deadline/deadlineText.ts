import type { DeadlineItem } from '@/api/deadline'

/** How the remaining time of a deadline is shown: the i18n key, its count, and the tag colour. */
export function remaining(item: Pick<DeadlineItem, 'workingDaysLeft' | 'overdue'>): {
  key: string
  count: number
  type: 'danger' | 'warning' | 'info'
} {
  if (item.overdue) {
    return { key: 'deadline.overdueBy', count: Math.abs(item.workingDaysLeft), type: 'danger' }
  }
  if (item.workingDaysLeft === 0) {
    return { key: 'deadline.dueToday', count: 0, type: 'danger' }
  }
  return { key: 'deadline.left', count: item.workingDaysLeft, type: item.workingDaysLeft <= 3 ? 'warning' : 'info' }
}
