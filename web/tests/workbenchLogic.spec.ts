import { describe, expect, it } from 'vitest'
import { dueTag, recordLink, subjectTypeKey, todayInShanghai } from '@/views/procedure/inboxLogic'
import { deadlineKey, panelsFor, unread } from '@/views/dashboard/workbenchLogic'
import { BUSINESS_STAFF_ROLES, DEADLINE_ROLES } from '@/router/routes'

describe('the inbox', () => {
  it('tags an overdue task red, a task due within a week amber, a later one plain, none without a period', () => {
    expect(dueTag({ due: '2026-03-01', overdue: true }, '2026-03-05')).toEqual({ type: 'danger', key: 'inbox.overdue', date: '2026-03-01' })
    expect(dueTag({ due: '2026-03-08', overdue: false }, '2026-03-05').type).toBe('warning')
    expect(dueTag({ due: '2026-04-30', overdue: false }, '2026-03-05').type).toBe('info')
    expect(dueTag({ due: null, overdue: false }, '2026-03-05')).toEqual({ type: 'info', key: 'inbox.noDeadline', date: null })
  })

  it('links only to absolute UI paths of the platform', () => {
    expect(recordLink({ link: '/plans/12' })).toBe('/plans/12')
    expect(recordLink({ link: '//evil.example/x' })).toBeNull()
    expect(recordLink({ link: 'https://evil.example' })).toBeNull()
    expect(recordLink({ link: null })).toBeNull()
  })

  it('labels the known kinds of record and leaves others as they come', () => {
    expect(subjectTypeKey('PLAN')).toBe('inbox.subjectType.PLAN')
    expect(subjectTypeKey('APPLICATION')).toBeNull()
  })

  it('counts today in Beijing time', () => {
    expect(todayInShanghai(new Date('2026-03-04T17:00:00Z'))).toBe('2026-03-05')
  })
})

describe('the workbench', () => {
  it('shows the county its tasks, deadlines and notifications, staff also the candidacy counts, administrators nothing', () => {
    expect(panelsFor('COUNTY_GOVERNMENT', BUSINESS_STAFF_ROLES, DEADLINE_ROLES)).toEqual({
      any: true,
      tasks: true,
      deadlines: true,
      notifications: true,
      candidacies: false,
    })
    expect(panelsFor('PROVINCE_STAFF', BUSINESS_STAFF_ROLES, DEADLINE_ROLES).candidacies).toBe(true)
    expect(panelsFor('PREFECTURE_STAFF', BUSINESS_STAFF_ROLES, DEADLINE_ROLES).candidacies).toBe(true)
    expect(panelsFor('EXPERT', BUSINESS_STAFF_ROLES, DEADLINE_ROLES).tasks).toBe(false)
    for (const admin of ['SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN'] as const) {
      expect(panelsFor(admin, BUSINESS_STAFF_ROLES, DEADLINE_ROLES).any).toBe(false)
    }
  })

  it('says how long a deadline has left', () => {
    expect(deadlineKey({ workingDaysLeft: -3, overdue: true })).toEqual({ key: 'workbench.overdueDays', days: 3 })
    expect(deadlineKey({ workingDaysLeft: 0, overdue: false })).toEqual({ key: 'workbench.dueToday', days: 0 })
    expect(deadlineKey({ workingDaysLeft: 4, overdue: false })).toEqual({ key: 'workbench.daysLeft', days: 4 })
  })

  it('keeps the unread notifications', () => {
    expect(unread([{ id: 1, readAt: null }, { id: 2, readAt: '2026-01-01T00:00:00Z' }]).map((n) => n.id)).toEqual([1])
  })
})
