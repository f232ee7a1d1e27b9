import type { CalendarYear, CalendarYearRequest } from '@/api/calendar'

export type HolidayRow = { name: string; range: [string, string] | null }
export type AdjustedRow = { date: string | null; holiday: string }

/** The editable form of one year's holiday notice. */
export type CalendarEditorModel = {
  year: number | null
  source: string
  /** Present when replacing a published year. */
  version: number | null
  holidays: HolidayRow[]
  adjusted: AdjustedRow[]
}

export function emptyEditor(year: number): CalendarEditorModel {
  return { year, source: '', version: null, holidays: [{ name: '', range: null }], adjusted: [] }
}

export function editorFromYear(year: CalendarYear): CalendarEditorModel {
  return {
    year: year.year,
    source: year.source,
    version: year.version,
    holidays: year.holidays.map((h) => ({ name: h.name, range: [h.from, h.to] })),
    adjusted: year.adjustedWorkingDays.map((d) => ({ date: d.date, holiday: d.holiday })),
  }
}

/**
 * Builds the PUT body, or null when a row is incomplete (a holiday without name or dates,
 * an adjusted working day without date or holiday) or the year/source is missing.
 * Holiday rows are sorted by start date and adjusted days by date.
 */
export function toCalendarYearRequest(model: CalendarEditorModel): CalendarYearRequest | null {
  if (model.year === null || !model.source.trim()) return null
  const holidays: CalendarYearRequest['holidays'] = []
  for (const row of model.holidays) {
    const name = row.name.trim()
    if (!name || !row.range) return null
    const [from, to] = row.range
    holidays.push(from <= to ? { name, from, to } : { name, from: to, to: from })
  }
  const adjustedWorkingDays: CalendarYearRequest['adjustedWorkingDays'] = []
  for (const row of model.adjusted) {
    const holiday = row.holiday.trim()
    if (!row.date || !holiday) return null
    adjustedWorkingDays.push({ date: row.date, holiday })
  }
  holidays.sort((a, b) => a.from.localeCompare(b.from))
  adjustedWorkingDays.sort((a, b) => a.date.localeCompare(b.date))
  const body: CalendarYearRequest = { year: model.year, source: model.source.trim(), holidays, adjustedWorkingDays }
  if (model.version !== null) body.version = model.version
  return body
}
