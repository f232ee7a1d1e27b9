import { describe, expect, it } from 'vitest'
import { characterCount, countVerdict, editable, liveTextStatus, missingPhotos, openRoundsOf, submittable } from '@/views/dossier/dossierLogic'
import { dossier, material, round } from './dossierFixtures'

const tolerance = { target: 2000, min: 1600, max: 2400, uncertain: true, noteZh: null }

describe('dossier logic', () => {
  it('counts every character but whitespace, a Chinese character or a surrogate pair as one', () => {
    expect(characterCount('生态 文明\n建设')).toBe(6)
    expect(characterCount('a, b.')).toBe(4)
    expect(characterCount('𠀋x')).toBe(2)
    expect(characterCount(null)).toBe(0)
  })

  it('judges a count against the tolerance with both ends included', () => {
    expect(countVerdict(0, tolerance)).toBe('EMPTY')
    expect(countVerdict(1599, tolerance)).toBe('SHORT')
    expect(countVerdict(1600, tolerance)).toBe('WITHIN')
    expect(countVerdict(2400, tolerance)).toBe('WITHIN')
    expect(countVerdict(2401, tolerance)).toBe('LONG')
    expect(liveTextStatus(1599, tolerance)).toBe('AMBER')
    expect(liveTextStatus(2000, tolerance)).toBe('GREEN')
    expect(liveTextStatus(0, tolerance)).toBe('RED')
  })

  it('lets the subject edit a draft or a returned dossier, never a submitted one', () => {
    expect(editable(dossier())).toBe(true)
    expect(editable(dossier({ state: 'RETURNED', allowedActions: ['SUBMIT'] }))).toBe(true)
    expect(editable(dossier({ state: 'SUBMITTED', allowedActions: ['WITHDRAW'] }))).toBe(false)
    expect(submittable(dossier({ state: 'SUBMITTED', allowedActions: [] }))).toBe(false)
  })

  it('counts the photos still missing to the minimum', () => {
    expect(missingPhotos(material({ kind: 'PHOTOS', minCount: 5, documents: [] }))).toBe(5)
    expect(missingPhotos(material({ kind: 'TEXT' }))).toBe(0)
  })

  it('offers only the open rounds of the candidacy’s programme, the one closing first first', () => {
    const later = { ...round, id: 4, closesOn: '2027-01-31' }
    const closed = { ...round, id: 5, open: false }
    const other = { ...round, id: 6, programme: 'TWO_MOUNTAINS_BASE' as const }
    expect(openRoundsOf([later, closed, other, round], 'ECO_CIVILIZATION_ZONE').map((r) => r.id)).toEqual([3, 4])
  })
})
