import { describe, expect, it } from 'vitest'
import { canAccess } from '@/router/access'
import { layoutChildren } from '@/router/routes'
import type { Role } from '@/api/types'

function rolesOf(name: string): Role[] | undefined {
  const route = layoutChildren.find((r) => r.name === name)
  if (!route) throw new Error(`no route ${name}`)
  return route.meta?.roles as Role[] | undefined
}

describe('the dossier pages by role', () => {
  it('let a division reviewer open the dossier list and a dossier, where the divisions check it (IM eco-civ art. 14(一))', () => {
    expect(canAccess({ roles: rolesOf('dossiers') }, 'DIVISION_REVIEWER')).toBe(true)
    expect(canAccess({ roles: rolesOf('dossier') }, 'DIVISION_REVIEWER')).toBe(true)
  })

  it('stay closed to the expert (scoring screen only) and to the administrators', () => {
    for (const role of ['EXPERT', 'SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN'] as Role[]) {
      expect(canAccess({ roles: rolesOf('dossier') }, role)).toBe(false)
    }
  })
})
