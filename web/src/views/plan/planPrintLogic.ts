import type { PlanText, PlanView } from '@/api/plan'
import type { RunStep, RunTimelineEntry } from '@/api/procedure'
import { formatDateTime } from '@/utils/format'

/**
 * What a plan's print views show (issue 14 §5), free of Vue: the 办理单 (the plan's header, then each
 * step of its run with who acted, when, the opinion and the step's deadline) and the filing receipt
 * (备案回执) once the plan is filed. Both name the files the plan keeps (issue 14 §4): the text each
 * step saw, and the issuing document (印发文件) beside the promulgated text (印发稿).
 */

/** A kept file of the plan as the print views name it: the text's version, or the issuing document. */
export type PrintedFile = {
  kind: PlanText['kind']
  /** The version number of the text, or the issuing document's own count. */
  number: number
  name: string
  /** `YYYY-MM-DD` (local time): when it was uploaded, i.e. stored with the plan. */
  date: string
}

/** One line of the 办理单: a step taken (or the plan's own record, such as an upload). */
export type HandlingRow = {
  /** The step's name as the regulation gives it (Chinese, a quotation of the source). */
  step: string
  /** The i18n key of what was done, e.g. `procedure.action.ACT`. */
  actionKey: string
  /** The organization and the person, as the timeline records them; empty when unknown. */
  actor: string
  /** `YYYY-MM-DD HH:mm` (local time). */
  date: string
  opinion: string
  /** The outcome of a review, its i18n key, or null. */
  outcomeKey: string | null
  /** The step's period in working days, or null when the regulation sets none. */
  workingDays: number | null
  /** The files the step saw (the text, then the issuing document a promulgation carried). */
  files: PrintedFile[]
}

/** The timeline of the plan's current run as the rows of its 办理单, oldest first. */
export function handlingRows(plan: PlanView): HandlingRow[] {
  const run = plan.run
  if (!run) return []
  const steps = new Map<string, RunStep>(run.steps.map((s) => [s.code, s]))
  return [...run.timeline]
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((entry) => row(plan, entry, steps.get(entry.stepCode)))
}

/** The plan's kept files among `documentIds`, in their order; ids of no kept file are left out. */
export function printedFiles(plan: Pick<PlanView, 'texts'>, documentIds: number[]): PrintedFile[] {
  return documentIds.flatMap((id) => {
    const file = plan.texts?.find((t) => t.documentId === id)
    return file ? [printed(file)] : []
  })
}

function printed(file: PlanText): PrintedFile {
  return { kind: file.kind, number: file.number, name: file.name, date: formatDateTime(file.uploadedAt, '').slice(0, 10) }
}

function row(plan: PlanView, entry: RunTimelineEntry, step: RunStep | undefined): HandlingRow {
  return {
    step: step?.nameZh ?? entry.stepCode,
    actionKey: `procedure.action.${entry.action}`,
    actor: [entry.organizationName, entry.actorName].filter((part) => part && part.trim()).join(' '),
    date: formatDateTime(entry.at, '').slice(0, 16),
    opinion: entry.opinion ?? '',
    outcomeKey: entry.outcome ? `procedure.outcomeLabel.${entry.outcome}` : null,
    workingDays: step?.period?.workingDays ?? null,
    files: printedFiles(plan, entry.documentIds ?? []),
  }
}

/** The open deadline of the plan: the run's current step's, else the plan's filing deadline; null when none. */
export function currentDeadline(plan: PlanView): { due: string; overdue: boolean; explanation: string[] } | null {
  if (plan.run?.deadline) return plan.run.deadline
  if (plan.filingDue && !plan.filedOn) {
    return { due: plan.filingDue, overdue: plan.overdue, explanation: plan.filingExplanation }
  }
  return null
}

/** Whether the plan has a filing receipt to print: it has been filed. */
export function hasReceipt(plan: Pick<PlanView, 'filedOn'>): boolean {
  return Boolean(plan.filedOn)
}

/** The filing receipt's facts, or null before filing. `acknowledged`: the receiving body confirmed receipt. */
export function receipt(plan: PlanView): {
  title: string
  subject: string
  period: { start: number; end: number }
  promulgation: { body: string; date: string; number: string } | null
  /** The text the promulgation saw (印发稿), and the issuing document it carried (印发文件); null: none. */
  promulgatedText: PrintedFile | null
  issuingDocument: PrintedFile | null
  filedOn: string
  acknowledged: boolean
  receivedBy: string
  receivedOn: string
  opinion: string
} | null {
  if (!plan.filedOn) return null
  const receivingStep = plan.steps.find((s) => s.type === 'RECEIVE_FILING')?.code
  const acknowledgement = [...(plan.run?.timeline ?? [])]
    .reverse()
    .find((e) => e.stepCode === receivingStep && e.action === 'ACT')
  return {
    title: plan.title,
    subject: plan.subjectRegionName,
    period: { start: plan.periodStart, end: plan.periodEnd },
    promulgation: plan.promulgatedOn
      ? { body: plan.promulgationBody ?? '', date: plan.promulgatedOn, number: plan.promulgationNumber ?? '' }
      : null,
    promulgatedText: promulgatedTextOf(plan),
    issuingDocument: plan.issuingDocument ? printed(plan.issuingDocument) : null,
    filedOn: plan.filedOn,
    acknowledged: Boolean(plan.filingReceivedOn),
    receivedBy: plan.filingReceivedBy ?? '',
    receivedOn: plan.filingReceivedOn ?? '',
    opinion: acknowledgement?.opinion ?? '',
  }
}

/** The text the plan's latest promulgation saw (印发稿), or null before promulgation. */
function promulgatedTextOf(plan: PlanView): PrintedFile | null {
  const text = plan.promulgatedOn ? plan.texts?.find((t) => t.kind === 'TEXT' && t.promulgated) : undefined
  return text ? printed(text) : null
}
