import { http } from './http'
import type {
  CalendarDay,
  CalendarYear,
  CalendarYearRequest,
  CalendarYearSummary,
  Deadline,
  DeadlineQuery,
  WorkingDayCount,
} from './types'

const base = '/api/calendar'

export async function getCalendarDay(date: string): Promise<CalendarDay> {
  const { data } = await http.get<CalendarDay>(`${base}/days/${encodeURIComponent(date)}`)
  return data
}

/** The date `workingDays` working days after `from`, with the server's explanation lines. */
export async function calculateDeadline(query: DeadlineQuery): Promise<Deadline> {
  const { data } = await http.get<Deadline>(`${base}/deadline`, { params: query })
  return data
}

/** Working days between two dates, both ends included. */
export async function countWorkingDays(from: string, to: string): Promise<WorkingDayCount> {
  const { data } = await http.get<WorkingDayCount>(`${base}/working-days`, { params: { from, to } })
  return data
}

export async function listCalendarYears(): Promise<CalendarYearSummary[]> {
  const { data } = await http.get<CalendarYearSummary[]>(`${base}/years`)
  return data
}

export async function getCalendarYear(year: number): Promise<CalendarYear> {
  const { data } = await http.get<CalendarYear>(`${base}/years/${year}`)
  return data
}

/** Publishes (or, with `version`, replaces) a year's holiday notice. */
export async function saveCalendarYear(year: number, body: CalendarYearRequest): Promise<CalendarYear> {
  const { data } = await http.put<CalendarYear>(`${base}/years/${year}`, body)
  return data
}
