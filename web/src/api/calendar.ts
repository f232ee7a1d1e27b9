import { http } from './http'
import type { Counting } from './types'
import type { components } from './schema'

type Schemas = components['schemas']

/** One day with its kind; `holiday` names the holiday a holiday or adjusted day belongs to, else null. */
export type CalendarDay = Schemas['cn.ecozone.calendar.CalendarDay']

export type DeadlineQuery = {
  from: string
  workingDays: number
  counting: Counting
}

/** The date `workingDays` working days after `from`, with the server's explanation lines. */
export type Deadline = Schemas['cn.ecozone.calendar.Deadline']

export type WorkingDayCount = Schemas['cn.ecozone.calendar.web.CalendarController.WorkingDays']

/** `provisional`: weekends and statutory holiday dates only, until the State Council's notice is entered. */
export type CalendarYearSummary = Schemas['cn.ecozone.calendar.CalendarYear.Summary']

export type Holiday = Schemas['cn.ecozone.calendar.CalendarYear.HolidayRange']

export type AdjustedWorkingDay = Schemas['cn.ecozone.calendar.CalendarYear.AdjustedDay']

export type CalendarYear = Schemas['cn.ecozone.calendar.CalendarYear']

/** The notice the admin publishes or replaces (with `version`). */
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
