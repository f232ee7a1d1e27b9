import { http } from './http'
import type { Role } from './types'

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

/** Open deadlines overdue or due within `within` working days (0–250). */
export async function listDeadlines(within = 10): Promise<DeadlineItem[]> {
  const { data } = await http.get<DeadlineItem[]>('/api/deadlines', { params: { within } })
  return data
}
