import { describe, expect, it } from 'vitest'
import { listParams, sortParam } from '@/utils/listQuery'
import { planListParams } from '@/api/plan'
import { workPlanListParams } from '@/api/workPlan'
import { deadlineListParams } from '@/api/deadline'
import { pageRequest } from '@/components/pagedTableLogic'

describe('list queries (issue 14 §6): the list and its export send the same parameters', () => {
  it('turns a sorted column into the API sort key, descending with a leading minus', () => {
    expect(sortParam('title', 'ascending')).toBe('title')
    expect(sortParam('due', 'descending')).toBe('-due')
    expect(sortParam('title', null)).toBeUndefined()
    expect(sortParam(undefined, 'ascending')).toBeUndefined()
  })

  it('leaves out empty values, trims text and writes numbers and booleans as text', () => {
    expect(listParams({ q: '  锡林 ', state: null, region: '', year: 2026, overdue: false, sort: undefined })).toEqual({
      q: '锡林',
      year: '2026',
      overdue: 'false',
    })
  })

  it('builds the plan list query from the search text and the filters', () => {
    expect(planListParams(' 规划 ', { state: 'FILED', region: '150928', year: null, programme: 'ECO_CIVILIZATION_ZONE', sort: '-period' })).toEqual({
      q: '规划',
      state: 'FILED',
      region: '150928',
      programme: 'ECO_CIVILIZATION_ZONE',
      sort: '-period',
    })
    expect(planListParams('')).toEqual({})
  })

  it('builds the work plan and deadline queries', () => {
    expect(workPlanListParams({ region: null, programme: null, year: 2025, state: 'DRAFT', q: '', sort: 'title' })).toEqual({
      year: '2025',
      state: 'DRAFT',
      sort: 'title',
    })
    expect(deadlineListParams(10, { q: '备案', dueFrom: '2026-06-01', dueTo: null, overdue: true, sort: '-due' })).toEqual({
      within: '10',
      q: '备案',
      dueFrom: '2026-06-01',
      overdue: 'true',
      sort: '-due',
    })
  })

  it('carries the table sort in the page request only when a column is sorted', () => {
    expect(pageRequest(2, 20, ' x ')).toEqual({ page: 1, size: 20, q: 'x' })
    expect(pageRequest(1, 20, '', '-title')).toEqual({ page: 0, size: 20, q: '', sort: '-title' })
  })
})
