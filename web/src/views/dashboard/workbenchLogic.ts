import type { Role } from '@/api/types'

/** The decisions of the workbench (HomeView.vue), free of Vue. */

/** How many rows each list panel shows. */
export const WORKBENCH_SIZE = 5

/** Roles that keep the candidate pool and see its counts by state in their scope. */
export const CANDIDACY_COUNT_ROLES: readonly Role[] = ['PROVINCE_STAFF', 'PREFECTURE_STAFF']

export type Panels = { any: boolean; tasks: boolean; deadlines: boolean; notifications: boolean; candidacies: boolean }

/**
 * Which panels a role sees: tasks for the business staff (the inbox's roles), deadlines and
 * notifications for every business role, candidacy counts for province and prefecture staff;
 * administrators none (三员分立).
 */
export function panelsFor(role: Role | null, inboxRoles: readonly Role[], deadlineRoles: readonly Role[]): Panels {
  if (!role || !deadlineRoles.includes(role)) {
    return { any: false, tasks: false, deadlines: false, notifications: false, candidacies: false }
  }
  return {
    any: true,
    tasks: inboxRoles.includes(role),
    deadlines: true,
    notifications: true,
    candidacies: CANDIDACY_COUNT_ROLES.includes(role),
  }
}

/** The locale key and day count of a deadline's remaining time. */
export function deadlineKey(d: { workingDaysLeft: number; overdue: boolean }): { key: string; days: number } {
  if (d.overdue) return { key: 'workbench.overdueDays', days: Math.abs(d.workingDaysLeft) }
  if (d.workingDaysLeft === 0) return { key: 'workbench.dueToday', days: 0 }
  return { key: 'workbench.daysLeft', days: d.workingDaysLeft }
}

/** The unread ones, newest first as the server sends them. */
export function unread<T extends { readAt: string | null }>(items: readonly T[]): T[] {
  return items.filter((n) => n.readAt === null)
}
