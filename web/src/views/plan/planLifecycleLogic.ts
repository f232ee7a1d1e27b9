import type { PlanView } from '@/api/plan'
import type { Me } from '@/api/types'

/**
 * The plan's steps outside its run (IM eco-civ art. 7; issue 14 §8), free of Vue: once a plan is in
 * force its subject may declare a major change of its targets and tasks (the plan expires), and once
 * it has expired its subject may start recompiling it (a new revision in draft). The server decides
 * again; these only choose which buttons to show.
 */

/** The user is the plan's subject: the role of the path's first step (the subject's), in the subject's region. */
export function isSubject(plan: Pick<PlanView, 'steps' | 'subjectRegionCode'>, me: Pick<Me, 'role' | 'region'> | null): boolean {
  const first = plan.steps[0]
  return Boolean(me && first && me.role === first.role && me.region?.code === plan.subjectRegionCode)
}

/** A plan filed or in force may be declared changed in its targets, by its subject. */
export function mayDeclareMajorChange(plan: Pick<PlanView, 'state' | 'steps' | 'subjectRegionCode'>, me: Pick<Me, 'role' | 'region'> | null): boolean {
  return (plan.state === 'FILED' || plan.state === 'IN_FORCE') && isSubject(plan, me)
}

/** An expired plan may be recompiled, by its subject. */
export function mayRecompile(plan: Pick<PlanView, 'state' | 'steps' | 'subjectRegionCode'>, me: Pick<Me, 'role' | 'region'> | null): boolean {
  return plan.state === 'EXPIRED' && isSubject(plan, me)
}

/** The reason of a major change as sent: trimmed; null (refused before sending) when empty or over 1,000 characters. */
export function majorChangeReason(text: string | null | undefined): string | null {
  const reason = (text ?? '').trim()
  return reason.length === 0 || reason.length > 1000 ? null : reason
}
