import { http } from './http'
import type { Page, Role } from './types'

/** An open deadline of the deadline list (docs/api.md, Deadlines). */
export type DeadlineItem = {
  id: number
  subjectType: string
  subjectId: number
  kind: string
  title: string
  regionCode: string
  regionName: string
  role: Role
  startDate: string
  workingDays: number
  dueDate: string
  /** Working days after today up to the due date: 0 = due today, negative = overdue. */
  workingDaysLeft: number
  overdue: boolean
  /** Whether the user's role is the one expected to act. */
  mine: boolean
  explanation: string[]
  link: string
}

/** A page of the open deadlines overdue or due within `within` working days (0–250), the earliest first. */
export async function listDeadlines(within = 10, page = 0, size = 20): Promise<Page<DeadlineItem>> {
  const { data } = await http.get<Page<DeadlineItem>>('/api/deadlines', { params: { within, page, size } })
  return data
}
