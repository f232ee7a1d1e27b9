import type { PlanText, PlanView } from '@/api/plan'

/** The versions of the plan's text, the newest first (an older answer without them: none). */
export function textVersionsNewestFirst(plan: PlanView): PlanText[] {
  return [...(plan.texts ?? [])].sort((a, b) => b.number - a.number)
}

/** The version number of the plan's text stored as `documentId`, or null when it is none of them. */
export function textVersionOf(plan: PlanView, documentId: number): number | null {
  return plan.texts?.find((v) => v.documentId === documentId)?.number ?? null
}
