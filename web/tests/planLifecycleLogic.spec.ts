import { describe, expect, it } from 'vitest'
import { isSubject, majorChangeReason, mayDeclareMajorChange, mayRecompile } from '@/views/plan/planLifecycleLogic'
import { plan } from './planFixtures'

const subject = { role: 'COUNTY_GOVERNMENT' as const, region: { code: '152502', name: '锡林浩特市' } }
const league = { role: 'PREFECTURE_STAFF' as const, region: { code: '152500', name: '锡林郭勒盟' } }
const otherCounty = { role: 'COUNTY_GOVERNMENT' as const, region: { code: '152501', name: '二连浩特市' } }

describe('major change and recompiling (IM eco-civ art. 7)', () => {
  it('the subject is the first step role in the plan region', () => {
    expect(isSubject(plan(), subject)).toBe(true)
    expect(isSubject(plan(), league)).toBe(false)
    expect(isSubject(plan(), otherCounty)).toBe(false)
    expect(isSubject(plan(), null)).toBe(false)
  })

  it('offers the major change to the subject of a filed or in-force plan only', () => {
    expect(mayDeclareMajorChange(plan({ state: 'IN_FORCE' }), subject)).toBe(true)
    expect(mayDeclareMajorChange(plan({ state: 'FILED' }), subject)).toBe(true)
    expect(mayDeclareMajorChange(plan({ state: 'IN_PROGRESS' }), subject)).toBe(false)
    expect(mayDeclareMajorChange(plan({ state: 'EXPIRED' }), subject)).toBe(false)
    expect(mayDeclareMajorChange(plan({ state: 'IN_FORCE' }), league)).toBe(false)
  })

  it('offers recompiling to the subject of an expired plan only', () => {
    expect(mayRecompile(plan({ state: 'EXPIRED' }), subject)).toBe(true)
    expect(mayRecompile(plan({ state: 'IN_FORCE' }), subject)).toBe(false)
    expect(mayRecompile(plan({ state: 'EXPIRED' }), otherCounty)).toBe(false)
  })

  it('sends a trimmed reason and refuses an empty or too long one', () => {
    expect(majorChangeReason('  区划调整，目标任务需重新确定 ')).toBe('区划调整，目标任务需重新确定')
    expect(majorChangeReason('   ')).toBeNull()
    expect(majorChangeReason(null)).toBeNull()
    expect(majorChangeReason('变'.repeat(1001))).toBeNull()
  })
})
