import { describe, expect, it } from 'vitest'
import { buttonsFor, isDangerous, needsReason, stateTagType } from '@/views/candidacy/candidacyLogic'

describe('candidacy logic', () => {
  it('asks a reason for withdrawing, revoking and returning to the reserve, and nothing else', () => {
    expect(needsReason('WITHDRAW')).toBe(true)
    expect(needsReason('REVOKE')).toBe(true)
    expect(needsReason('BACK_TO_RESERVE')).toBe(true)
    expect(needsReason('CULTIVATE')).toBe(false)
    expect(needsReason('TITLE')).toBe(false)
    expect(isDangerous('TITLE')).toBe(true)
    expect(isDangerous('APPLY')).toBe(false)
  })

  it('draws the allowed actions in the order of the life cycle', () => {
    expect(buttonsFor(['WITHDRAW', 'START_PLANNING', 'CULTIVATE'])).toEqual(['CULTIVATE', 'START_PLANNING', 'WITHDRAW'])
    expect(buttonsFor([])).toEqual([])
  })

  it('marks closed states as danger and titles as success', () => {
    expect(stateTagType('WITHDRAWN')).toBe('danger')
    expect(stateTagType('REVOKED')).toBe('danger')
    expect(stateTagType('TITLED')).toBe('success')
    expect(stateTagType('RESERVE')).toBe('info')
  })
})
