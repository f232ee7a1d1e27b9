import type { Role } from '@/api/types'
import type { OpinionAction, OpinionView } from '@/api/opinion'

/** Who reads opinions: the province's staff and the prefecture's bodies (the server checks the scope). */
export const OPINION_ROLES: Role[] = ['PROVINCE_STAFF', 'PREFECTURE_STAFF', 'PREFECTURE_GOVERNMENT']

/** Whether the opinion offers the action to the current user (the server's allowedActions). */
export function allows(opinion: OpinionView | null, action: OpinionAction): boolean {
  return !!opinion && opinion.allowedActions.includes(action)
}

/** The generated sections the opinion has, in order, as its chain has them before the step. */
export function sectionsOf(opinion: OpinionView): ('exclusions' | 'divisions' | 'panel' | 'publicity')[] {
  const c = opinion.content
  return [
    'exclusions' as const,
    ...(c.divisions ? (['divisions'] as const) : []),
    ...(c.panel ? (['panel'] as const) : []),
    ...(c.publicity ? (['publicity'] as const) : []),
  ]
}

/** Whether the draft's text differs from what was loaded (so leaving or issuing warns first). */
export function edited(
  opinion: OpinionView,
  form: { title: string; documentNumber: string; opening: string; conclusion: string },
): boolean {
  return (
    form.title !== opinion.title ||
    form.documentNumber !== (opinion.documentNumber ?? '') ||
    form.opening !== (opinion.opening ?? '') ||
    form.conclusion !== (opinion.conclusion ?? '')
  )
}
