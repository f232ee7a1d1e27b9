import type { WorkPlan, WorkPlanFund, WorkPlanProject, WorkPlanRequest, WorkPlanTask } from '@/api/workPlan'
import type { Programme } from '@/api/keyProject'

/** The editable part of an annual work plan, as the form holds it. */
export type WorkPlanForm = {
  programme: Programme | null
  year: number | null
  title: string
  summary: string
  tasks: WorkPlanTask[]
  projects: WorkPlanProject[]
  funds: WorkPlanFund[]
}

export function blankTask(): WorkPlanTask {
  return { task: '', responsibleUnit: null, quarter: null, dueOn: null, status: 'NOT_STARTED' }
}

export function blankProject(): WorkPlanProject {
  return { keyProjectId: null, name: null, plannedInvestment: null, note: null }
}

export function blankFund(): WorkPlanFund {
  return { item: '', amount: null, source: null }
}

export function formOf(plan: WorkPlan | null, year: number): WorkPlanForm {
  if (!plan) {
    return { programme: null, year, title: '', summary: '', tasks: [blankTask()], projects: [], funds: [] }
  }
  return {
    programme: plan.programme,
    year: plan.year,
    title: plan.title,
    summary: plan.summary ?? '',
    tasks: plan.tasks.map((row) => ({ ...row })),
    projects: plan.projects.map((row) => ({ ...row })),
    funds: plan.funds.map((row) => ({ ...row })),
  }
}

function blankToNull(text: string | null): string | null {
  const trimmed = text?.trim() ?? ''
  return trimmed === '' ? null : trimmed
}

/** The request body: rows without any text are left out, text is trimmed. */
export function requestOf(form: WorkPlanForm, version?: number): WorkPlanRequest {
  return {
    programme: form.programme,
    year: form.year,
    title: form.title.trim(),
    summary: blankToNull(form.summary),
    tasks: form.tasks
      .filter((row) => row.task.trim() !== '')
      .map((row) => ({ ...row, task: row.task.trim(), responsibleUnit: blankToNull(row.responsibleUnit) })),
    projects: form.projects
      .filter((row) => row.keyProjectId !== null || (row.name ?? '').trim() !== '')
      .map((row) => ({ ...row, name: blankToNull(row.name), note: blankToNull(row.note) })),
    funds: form.funds
      .filter((row) => row.item.trim() !== '' || row.amount !== null)
      .map((row) => ({ ...row, item: row.item.trim(), source: blankToNull(row.source) })),
    ...(version === undefined ? {} : { version }),
  }
}

/** The sum of the fund lines in 万元, to two decimals. */
export function fundTotal(funds: WorkPlanFund[]): number {
  const cents = funds.reduce((sum, row) => sum + Math.round((row.amount ?? 0) * 100), 0)
  return cents / 100
}

/** Whether the user may change the plan now: the run offers them the FILE step (the plan is with its subject). */
export function editable(plan: WorkPlan | null): boolean {
  return plan?.procedure?.allowedActions.some((a) => a.action === 'ACT' && a.stepCode === 'FILE') ?? false
}
