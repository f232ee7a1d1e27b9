import { describe, expect, it } from 'vitest'
import { dueSource, missingText, reportableYears, stateTag, validMonthDay } from '@/views/report/reportLogic'

describe('report logic', () => {
  it('offers the years from the naming to last year, within the validity, newest first', () => {
    const today = new Date(2026, 11, 7)
    expect(reportableYears('2023-11-27', '2026-11-26', today)).toEqual([2025, 2024, 2023])
    expect(reportableYears('2022-03-01', '2025-02-28', today)).toEqual([2025, 2024, 2023, 2022])
    expect(reportableYears('2026-10-28', '2029-10-27', today)).toEqual([])
  })

  it('accepts a real month and day only (29 February included)', () => {
    expect(validMonthDay('03-31')).toBe(true)
    expect(validMonthDay('02-29')).toBe(true)
    expect(validMonthDay('02-30')).toBe(false)
    expect(validMonthDay('13-01')).toBe(false)
    expect(validMonthDay('3-31')).toBe(false)
  })

  it('says where the due day comes from and whether the text is missing', () => {
    expect(dueSource({ dueFromSetting: true, dueNote: null })).toBe('setting')
    expect(dueSource({ dueFromSetting: false, dueNote: 'x' })).toBe('suggestion')
    expect(missingText('  ')).toBe(true)
    expect(missingText('演示')).toBe(false)
    expect(stateTag('RETURNED')).toBe('danger')
    expect(stateTag('ACCEPTED')).toBe('success')
  })
})
