import type { ColumnItem, ColumnItemState } from '@/api/portal'

/** Whether the drafter may still change the item's text and files, and submit it: a draft or returned item. */
export function columnItemEditable(item: ColumnItem): boolean {
  return item.state === 'DRAFT' || item.state === 'RETURNED'
}

/** The tag type of each state in the subject's list. */
export const COLUMN_STATE_TAGS: Record<ColumnItemState, 'info' | 'warning' | 'danger' | 'success' | 'primary'> = {
  DRAFT: 'info',
  PENDING: 'warning',
  RETURNED: 'danger',
  APPROVED: 'primary',
  PUBLISHED: 'success',
  WITHDRAWN: 'info',
}
