import { SUBJECT_TYPES, type InboxItem } from '@/api/procedure'

/**
 * The decisions of the inbox and the workbench's task panel, free of Vue: the label of a record's
 * kind, the tag of a task's deadline and where the task leads.
 */

/** Locale key of a subject type, or null for a type this front end does not know (shown as it comes). */
export function subjectTypeKey(type: string): string | null {
  return (SUBJECT_TYPES as readonly string[]).includes(type) ? `inbox.subjectType.${type}` : null
}

export type DueTag = { type: 'danger' | 'warning' | 'info'; key: string; date: string | null }

/**
 * The deadline tag: overdue in red, due within `soonDays` calendar days in amber, else plain; no
 * period at all is said so.
 */
export function dueTag(item: Pick<InboxItem, 'due' | 'overdue'>, today: string, soonDays = 7): DueTag {
  if (!item.due) return { type: 'info', key: 'inbox.noDeadline', date: null }
  if (item.overdue) return { type: 'danger', key: 'inbox.overdue', date: item.due }
  const days = (Date.parse(item.due) - Date.parse(today)) / 86_400_000
  return { type: days <= soonDays ? 'warning' : 'info', key: 'inbox.dueBy', date: item.due }
}

/** The record's page: the link the subject module gave, only when it is an absolute UI path. */
export function recordLink(item: { link: string | null }): string | null {
  return item.link && item.link.startsWith('/') && !item.link.startsWith('//') ? item.link : null
}

/** Today in Asia/Shanghai as yyyy-mm-dd, the zone the server's due dates are in. */
export function todayInShanghai(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}
