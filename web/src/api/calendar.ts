import { http } from './http'
import type { Counting, DayKind } from './types'

export type CalendarDay = {
  date: string
  workingDay: boolean
  kind: DayKind
  holiday: string | null
}

export type DeadlineQuery = {
  from: string
  workingDays: number
  counting: Counting
}

export type Deadline = {
  date: string
  from: string
  workingDays: number
  counting: Counting
  explanation: string[]
}

export type WorkingDayCount = {
  from: string
  to: string
  workingDays: number
}

export type CalendarYearSummary = {
  year: number
  source: string
  holidayDays: number
  adjustedWorkingDays: number
  shipped: boolean
  /** Weekends and statutory holiday dates only, until the State Council's notice is entered. */
  provisional: boolean
}

export type Holiday = {
  name: string
  from: string
  to: string
}

export type AdjustedWorkingDay = {
  date: string
  holiday: string
}

export type CalendarYear = {
  year: number
  source: string
  shipped: boolean
  provisional: boolean
  version: number
  holidays: Holiday[]
  adjustedWorkingDays: AdjustedWorkingDay[]
}

export type CalendarYearRequest = {
  year: number
  source: string
  version?: number
  holidays: Holiday[]
  adjustedWorkingDays: AdjustedWorkingDay[]
}

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
