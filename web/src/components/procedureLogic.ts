import {
  type AllowedAction,
  type ProcedureAction,
  type ProcedureActRequest,
  type RunStep,
  type RunTask,
  type RunView,
} from '@/api/procedure'
import { isApiError } from '@/utils/apiError'

/**
 * The decisions of the procedure panel (components/ProcedurePanel.vue), free of Vue and Element Plus
 * so they are tested on their own: which buttons, which confirmation, what a form lacks, what is sent.
 */

export type ActForm = { outcome: string; opinion: string }

/** The panel's buttons, drawn only from the server's `allowedActions`. */
export type PanelActions = {
  /** One per task the user may act on (several for a parallel examination held twice, rare). */
  acts: AllowedAction[]
  returns: AllowedAction[]
  withdraw: AllowedAction | null
  cancel: AllowedAction | null
  /** The reopening of a finished run, offered to the user whose act finished it (e.g. the confirmer). */
  reopen: AllowedAction | null
}

export function panelActions(run: RunView): PanelActions {
  const allowed = run.allowedActions
  return {
    acts: allowed.filter((a) => a.action === 'ACT'),
    returns: allowed.filter((a) => a.action === 'RETURN'),
    withdraw: allowed.find((a) => a.action === 'WITHDRAW') ?? null,
    cancel: allowed.find((a) => a.action === 'CANCEL') ?? null,
    reopen: allowed.find((a) => a.action === 'REOPEN') ?? null,
  }
}

/** Locale keys per action: its button and the message once it is taken. */
export const ACTION_KEYS: Record<ProcedureAction, { button: string; done: string }> = {
  ACT: { button: 'procedure.act', done: 'procedure.done' },
  RETURN: { button: 'procedure.return', done: 'procedure.returned' },
  WITHDRAW: { button: 'procedure.withdraw', done: 'procedure.withdrawn' },
  CANCEL: { button: 'procedure.cancel', done: 'procedure.cancelledDone' },
  REOPEN: { button: 'procedure.reopen', done: 'procedure.reopened' },
}

export function hasAnyAction(run: RunView): boolean {
  return run.allowedActions.length > 0
}

export function stepOf(run: RunView, code: string | null): RunStep | null {
  if (!code) return null
  return run.steps.find((s) => s.code === code) ?? null
}

/**
 * How a page names steps in its language: in Chinese the regulation's own text; in English our own
 * name of the step's code (`procedureStep.<CODE>`), else of its kind (`procedureStep.kind.<KIND>`), with
 * the Chinese text available as a labelled quotation ({@link stepQuotation}; issue 14 §8).
 */
export type StepWords = {
  english: boolean
  te: (key: string) => boolean
  t: (key: string, params?: Record<string, unknown>) => string
}

/** The step's name: the regulation's Chinese text, or in English our own name (see {@link StepWords}); else its code. */
export function stepName(run: RunView, code: string | null, words?: StepWords): string {
  const step = stepOf(run, code)
  if (!step) return code ?? ''
  return words?.english ? englishStepName(step, words) ?? step.nameZh : step.nameZh
}

function englishStepName(step: RunStep, words: StepWords): string | null {
  const own = `procedureStep.${step.code.toUpperCase()}`
  if (words.te(own)) return words.t(own)
  const kind = `procedureStep.kind.${step.kind}`
  return words.te(kind) ? words.t(kind) : null
}

/** In English, the regulation's Chinese text of the step, labelled as a quotation; null in Chinese. */
export function stepQuotation(run: RunView, code: string | null, words?: StepWords): string | null {
  const step = stepOf(run, code)
  if (!step || !words?.english) return null
  return words.t('procedureStep.quoted', { text: step.nameZh })
}

/**
 * The locale key of the confirmation an action needs, or null when the action has its own dialog (a
 * return or a reopening asks for the reason there): withdraw and cancel always ask; every ACT asks
 * (issue 14 §3), in its step's own words when the locales give them (`procedure.confirmStep.<code>`,
 * e.g. an indicator year's CONFIRM, which locks the values and can be reopened), else in its step
 * kind's (`procedure.confirmAct.<kind>`, saying what happens; the kinds in IRREVERSIBLE_KINDS say that
 * the act cannot be taken back). `has` tells whether a locale key exists.
 */
export function confirmationKey(run: RunView, allowed: AllowedAction, has: (key: string) => boolean = () => false): string | null {
  if (allowed.action === 'WITHDRAW') return 'procedure.confirmWithdraw'
  if (allowed.action === 'CANCEL') return 'procedure.confirmCancel'
  if (allowed.action !== 'ACT') return null
  const own = `procedure.confirmStep.${allowed.stepCode}`
  if (has(own)) return own
  const kind = stepOf(run, allowed.stepCode)?.kind
  return kind ? `procedure.confirmAct.${kind}` : 'procedure.confirmAct.DEFAULT'
}

/**
 * Who is told once the action is taken, as a locale key and its parameters (the panel translates the
 * roles): an ACT that ends its step opens the next one, whose actors are notified
 * (`procedure.confirmNext`); the last step's act finishes the run and its initiator is notified
 * (`procedure.confirmLast`); an act of a parallel examination with sibling tasks still open only
 * records this office's part (`procedure.confirmParallel`). A withdrawal or cancellation says nothing
 * more; its own message says what happens. Null when there is nothing to add.
 */
export function nextNotice(
  run: RunView,
  allowed: AllowedAction,
  words?: StepWords,
): { key: string; next: string; roles: RunStep['actorRoles'] } | null {
  if (allowed.action !== 'ACT') return null
  const index = run.steps.findIndex((s) => s.code === allowed.stepCode)
  if (index < 0) return null
  const step = run.steps[index]
  const siblingsOpen = run.tasks.some((t) => t.stepCode === step.code && t.state === 'OPEN' && t.id !== allowed.taskId)
  if (step.kind === 'PARALLEL_EXAMINE' && siblingsOpen) return { key: 'procedure.confirmParallel', next: '', roles: [] }
  const next = run.steps[index + 1]
  if (!next) return { key: 'procedure.confirmLast', next: '', roles: [] }
  return { key: 'procedure.confirmNext', next: stepName(run, next.code, words), roles: next.actorRoles ?? [] }
}

/** The locale key of an ACT button: the step's own label (`procedure.actLabel.<code>`) when the locales give one, else the generic one. */
export function actLabelKey(allowed: AllowedAction, has: (key: string) => boolean): string {
  const own = `procedure.actLabel.${allowed.stepCode}`
  return has(own) ? own : 'procedure.actStep'
}

/**
 * Whether an ACT form shows the opinion box: always when the step requires one, else unless the page's
 * endpoint takes no opinion for the step (`withoutOpinion`: step codes), so nothing typed is lost.
 */
export function showsOpinion(allowed: AllowedAction, withoutOpinion: readonly string[] = []): boolean {
  return allowed.opinionRequired || !withoutOpinion.includes(allowed.stepCode)
}

/** The outcome a form starts with: the only one when there is exactly one, else none chosen. */
export function initialOutcome(allowed: AllowedAction | null): string {
  return allowed && allowed.outcomes.length === 1 ? allowed.outcomes[0] : ''
}

/** Whether the outcomes are offered as a choice (more than one). */
export function offersOutcomeChoice(allowed: AllowedAction): boolean {
  return allowed.outcomes.length > 1
}

/** Field → locale key of what an ACT form lacks (empty when complete); the server checks again. */
export function checkAct(allowed: AllowedAction, form: ActForm): Record<string, string> {
  const errors: Record<string, string> = {}
  if (allowed.outcomes.length > 0 && !allowed.outcomes.includes(form.outcome)) errors.outcome = 'procedure.outcomeRequired'
  if (allowed.opinionRequired && !form.opinion.trim()) errors.opinion = 'procedure.opinionRequired'
  return errors
}

/** The locale key of what a RETURN lacks, or null: a return always needs its reason. */
export function checkReason(reason: string): string | null {
  return reason.trim() ? null : 'procedure.reasonRequired'
}

/** What the page's API receives: trimmed texts, null for what the action does not carry (a reason goes with a return and wherever the server requires one). */
export function actRequest(
  allowed: AllowedAction,
  input: { outcome?: string; opinion?: string; reason?: string; fields?: Record<string, unknown> },
): ProcedureActRequest {
  const opinion = input.opinion?.trim() || null
  const reason = input.reason?.trim() || null
  return {
    action: allowed.action,
    stepCode: allowed.stepCode,
    taskId: allowed.taskId,
    outcome: allowed.action === 'ACT' && allowed.outcomes.length > 0 ? input.outcome || null : null,
    opinion: allowed.action === 'ACT' ? opinion : null,
    reason: allowed.action === 'RETURN' || allowed.reasonRequired ? reason : null,
    fields: allowed.action === 'ACT' ? { ...(input.fields ?? {}) } : {},
  }
}

/** Whether a failed call means the record changed meanwhile (409): the page reloads it. */
export function isStale(error: unknown): boolean {
  return isApiError(error) && error.status === 409
}

export type StepStatus = 'wait' | 'process' | 'finish' | 'error' | 'success'

export type StepBarItem = {
  code: string
  name: string
  /** In English, the regulation's Chinese text, labelled as a quotation; null in Chinese. */
  quotation: string | null
  kind: RunStep['kind']
  status: StepStatus
  tasks: RunTask[]
}

/**
 * The step bar: steps before the current one are finished, the current one is in process (or shown
 * as error when its deadline has passed), later ones wait; a finished run finishes all, a cancelled
 * run shows where it stopped. Each step carries its tasks, so parallel tasks' states are visible.
 */
export function stepBar(run: RunView, words?: StepWords): { items: StepBarItem[]; active: number } {
  const current = run.currentStepCode ? run.steps.findIndex((s) => s.code === run.currentStepCode) : -1
  const lastActed = lastStepWithTasks(run)
  const active = run.state === 'FINISHED' ? run.steps.length : current >= 0 ? current : lastActed
  const items = run.steps.map((step, index): StepBarItem => {
    let status: StepStatus = 'wait'
    if (run.state === 'FINISHED' || index < active) status = 'finish'
    else if (index === active && run.state === 'OPEN') status = run.deadline?.overdue ? 'error' : 'process'
    else if (index === active && run.state === 'CANCELLED') status = 'error'
    return {
      code: step.code,
      name: stepName(run, step.code, words),
      quotation: stepQuotation(run, step.code, words),
      kind: step.kind,
      status,
      tasks: run.tasks.filter((t) => t.stepCode === step.code),
    }
  })
  return { items, active }
}

function lastStepWithTasks(run: RunView): number {
  let last = 0
  run.steps.forEach((step, index) => {
    if (run.tasks.some((t) => t.stepCode === step.code)) last = index
  })
  return last
}

/** The colour of a timeline entry: returns red, withdrawals and cancellations amber, finishing acts green. */
export function timelineType(action: string): 'primary' | 'success' | 'warning' | 'danger' {
  if (action === 'RETURN' || action === 'RETURNED') return 'danger'
  if (action === 'WITHDRAW' || action === 'WITHDRAWN' || action === 'CANCEL' || action === 'CANCELLED') return 'warning'
  if (action === 'FINISHED') return 'success'
  return 'primary'
}
