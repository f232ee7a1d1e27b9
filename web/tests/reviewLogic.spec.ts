import { describe, expect, it } from 'vitest'
import type { IndicatorReview, OverviewRow } from '@/api/indicatorReview'
import {
  batchOf,
  commentsToSend,
  isReviewing,
  markViewed,
  readViewed,
  remindable,
  returnComments,
  scorecardLink,
} from '@/views/indicator/reviewLogic'
import { MOVES, confirmationRun, indicatorYear } from './indicatorFixtures'

function row(over: Partial<OverviewRow> & { regionCode: string }): OverviewRow {
  return {
    regionName: over.regionCode,
    parentName: '兴安盟',
    state: 'SUBMITTED',
    submittedAt: null,
    decidedAt: null,
    version: 3,
    remindedToday: false,
    mayConfirm: true,
    mayRemind: false,
    ...over,
  }
}

function memoryStore(): Pick<Storage, 'getItem' | 'setItem'> {
  const data = new Map<string, string>()
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) }
}

function review(over: Partial<IndicatorReview>): IndicatorReview {
  return { edition: 'E', regionCode: '152201', unitId: null, year: 2025, state: 'RETURNED', version: 4, latest: null, history: [], ...over }
}

describe('review logic', () => {
  it('counts as reviewing only when the run offers the confirmation step to the user', () => {
    expect(isReviewing(indicatorYear({ run: confirmationRun([MOVES.confirm, MOVES.return]) }))).toBe(true)
    expect(isReviewing(indicatorYear({ run: confirmationRun([MOVES.submit]) }))).toBe(false)
    expect(isReviewing(indicatorYear({ run: confirmationRun([MOVES.reopen]) }))).toBe(false)
    expect(isReviewing(null)).toBe(false)
  })

  it("shows the latest return's comments by indicator only while the year stands returned", () => {
    const returned = {
      action: 'RETURN' as const,
      opinion: '请核实',
      comments: [{ indicator: 'R-01', comment: '来源不一致' }],
      decidedBy: '李四',
      decidedAt: '2025-03-01T00:00:00Z',
    }
    expect([...returnComments(review({ latest: returned }))]).toEqual([['R-01', '来源不一致']])
    expect(returnComments(review({ latest: returned, state: 'SUBMITTED' })).size).toBe(0)
    expect(returnComments(null).size).toBe(0)
  })

  it('sends the filled comment rows and names the first bad one', () => {
    expect(
      commentsToSend([
        { indicator: 'R-01', comment: ' 来源 ' },
        { indicator: null, comment: '' },
      ]),
    ).toEqual({ comments: [{ indicator: 'R-01', comment: '来源' }], error: null })
    expect(commentsToSend([{ indicator: null, comment: '有话' }]).error).toEqual({
      row: 0,
      key: 'indicatorReview.commentIndicatorRequired',
    })
    expect(commentsToSend([{ indicator: 'R-01', comment: '  ' }]).error?.key).toBe('indicatorReview.commentRequired')
    expect(
      commentsToSend([
        { indicator: 'R-01', comment: '一' },
        { indicator: 'R-01', comment: '二' },
      ]).error,
    ).toEqual({ row: 1, key: 'indicatorReview.commentDuplicate' })
    expect(commentsToSend([{ indicator: 'R-01', comment: 'x'.repeat(501) }]).error?.key).toBe(
      'indicatorReview.commentTooLong',
    )
  })

  it('confirms in a batch only the rows opened in this session, with the version read then', () => {
    const store = memoryStore()
    markViewed(store, 'E', '152201', 2025, 7)
    markViewed(store, 'E', '152202', 2024, 9)
    const viewed = readViewed(store)
    const result = batchOf(
      [row({ regionCode: '152201' }), row({ regionCode: '152202' }), row({ regionCode: '152222', mayConfirm: false })],
      viewed,
      'E',
      2025,
    )
    expect(result.items).toEqual([{ region: '152201', version: 7 }])
    expect(result.skipped.map((r) => r.regionCode)).toEqual(['152202', '152222'])
  })

  it('reminds only the rows not submitted and not reminded today', () => {
    expect(
      remindable([
        row({ regionCode: 'a', state: 'DRAFT', mayRemind: true }),
        row({ regionCode: 'b', state: 'DRAFT', mayRemind: false, remindedToday: true }),
        row({ regionCode: 'c' }),
      ]).map((r) => r.regionCode),
    ).toEqual(['a'])
  })

  it('links the scorecard with edition, region and year', () => {
    expect(scorecardLink('T-1', '152201', 2025)).toBe('/indicator-scorecard?edition=T-1&region=152201&year=2025')
  })
})
