import { describe, expect, it } from 'vitest'
import { editorFromYear, emptyEditor, toCalendarYearRequest } from '@/views/calendar/calendarForm'

describe('calendar notice form → PUT body', () => {
  it('builds the body with holidays sorted by start date and adjusted days by date', () => {
    const body = toCalendarYearRequest({
      year: 2027,
      source: ' 国务院办公厅关于2027年部分节假日安排的通知 ',
      version: null,
      holidays: [
        { name: '国庆节、中秋节', range: ['2027-10-01', '2027-10-07'] },
        { name: '元旦', range: ['2027-01-01', '2027-01-03'] },
      ],
      adjusted: [
        { date: '2027-10-09', holiday: '国庆节、中秋节' },
        { date: '2027-09-26', holiday: '国庆节、中秋节' },
      ],
    })
    expect(body).toEqual({
      year: 2027,
      source: '国务院办公厅关于2027年部分节假日安排的通知',
      holidays: [
        { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
        { name: '国庆节、中秋节', from: '2027-10-01', to: '2027-10-07' },
      ],
      adjustedWorkingDays: [
        { date: '2027-09-26', holiday: '国庆节、中秋节' },
        { date: '2027-10-09', holiday: '国庆节、中秋节' },
      ],
    })
    expect(body).not.toHaveProperty('version')
  })

  it('sends the version when replacing a published year', () => {
    const model = editorFromYear({
      year: 2026,
      source: '通知',
      shipped: true,
      provisional: false,
      version: 3,
      holidays: [{ name: '春节', from: '2026-02-15', to: '2026-02-23' }],
      adjustedWorkingDays: [{ date: '2026-02-14', holiday: '春节' }],
    })
    expect(toCalendarYearRequest(model)).toMatchObject({ year: 2026, version: 3 })
  })

  it('refuses incomplete rows and a missing source', () => {
    const base = emptyEditor(2027)
    expect(toCalendarYearRequest({ ...base, source: '通知' })).toBeNull() // the empty holiday row
    expect(toCalendarYearRequest({ ...base, source: '', holidays: [] })).toBeNull()
    expect(
      toCalendarYearRequest({ ...base, source: '通知', holidays: [], adjusted: [{ date: null, holiday: '春节' }] }),
    ).toBeNull()
    expect(toCalendarYearRequest({ ...base, source: '通知', holidays: [] })).toMatchObject({ holidays: [] })
  })
})
