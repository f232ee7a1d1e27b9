import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { resolveNavigation } from '@/router/access'
import { routes } from '@/router/routes'
import { makeMe } from './helpers'

const router = createRouter({ history: createMemoryHistory(), routes })

/** What the guard decides for a path (null = anonymous). */
function navigate(path: string, me: ReturnType<typeof makeMe> | null) {
  const to = router.resolve(path)
  return resolveNavigation({ name: to.name, fullPath: to.fullPath, meta: to.meta }, me)
}

describe('regulation and public-column routes', () => {
  it('opens the regulation list, a regulation and a public column without a login', () => {
    expect(router.resolve('/regulations/IM-ECOCIV-2022').name).toBe('regulation')
    expect(router.resolve('/public/152502/ECO_CIVILIZATION_ZONE').name).toBe('public-column')
    expect(navigate('/regulations', null)).toBe(true)
    expect(navigate('/regulations/IM-ECOCIV-2022', null)).toBe(true)
    expect(navigate('/public/152502/ECO_CIVILIZATION_ZONE', null)).toBe(true)
  })

  it('opens the regulations for every logged-in role', () => {
    expect(navigate('/regulations/XL-TWOMTN', makeMe('EXPERT'))).toBe(true)
    expect(navigate('/regulations', makeMe('AUDIT_ADMIN'))).toBe(true)
  })

  it('keeps 创建工作专栏 for the subjects: anonymous users log in, other roles are refused', () => {
    expect(navigate('/column-items', null)).toEqual({ name: 'login', query: { redirect: '/column-items' } })
    expect(navigate('/column-items', makeMe('PREFECTURE_STAFF'))).toEqual({ name: 'forbidden' })
    for (const role of ['COUNTY_GOVERNMENT', 'PREFECTURE_GOVERNMENT', 'CONSTRUCTION_SUBJECT'] as const) {
      expect(navigate('/column-items', makeMe(role))).toBe(true)
    }
  })
})
