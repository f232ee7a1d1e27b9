import type { CandidacyAction, CandidacyState } from '@/api/candidacy'
import type { Role } from '@/api/types'

/** Actions that need a reason (the server refuses them without one). */
export const REASON_ACTIONS: readonly CandidacyAction[] = ['WITHDRAW', 'REVOKE', 'BACK_TO_RESERVE']

/** Actions that close or undo something and so ask for a confirmation first. */
export const DANGEROUS_ACTIONS: readonly CandidacyAction[] = ['WITHDRAW', 'REVOKE', 'BACK_TO_RESERVE', 'TITLE']

export function needsReason(action: CandidacyAction): boolean {
  return REASON_ACTIONS.includes(action)
}

export function isDangerous(action: CandidacyAction): boolean {
  return DANGEROUS_ACTIONS.includes(action)
}

/** Who keeps the pool (creates and moves candidacies); others only read. */
export const CANDIDACY_KEEPER_ROLES: Role[] = ['PROVINCE_STAFF', 'PREFECTURE_STAFF']

/** Element Plus tag type of a state. */
export function stateTagType(state: CandidacyState): 'info' | 'primary' | 'warning' | 'success' | 'danger' {
  switch (state) {
    case 'RESERVE':
      return 'info'
    case 'CULTIVATING':
    case 'PLANNING':
      return 'primary'
    case 'APPLYING':
      return 'warning'
    case 'TITLED':
      return 'success'
    default:
      return 'danger'
  }
}

/** The actions to draw as buttons: those the server allows, in the order of the life cycle. */
export function buttonsFor(allowed: readonly CandidacyAction[]): CandidacyAction[] {
  const order: CandidacyAction[] = ['CULTIVATE', 'START_PLANNING', 'APPLY', 'TITLE', 'BACK_TO_RESERVE', 'WITHDRAW', 'REVOKE']
  return order.filter((a) => allowed.includes(a))
}
