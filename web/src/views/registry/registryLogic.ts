import {
  BODY_LEVELS,
  ECO_QUALITY_GRADES,
  INCIDENT_LEVELS,
  REGISTER_CATEGORIES,
  type RegisterInput,
  type RegisterKind,
  type RegisterRecord,
  type RegisterState,
} from '@/api/registry'
import type { Role } from '@/api/types'

/** The kind-specific fields of the form (the common ones: region, summary and source document). */
export type KindField = 'category' | 'occurredOn' | 'year' | 'level' | 'major' | 'completed' | 'dueOn' | 'closedOn' | 'completedOn' | 'imposedBy' | 'tasks'

export type FieldSpec = { field: KindField; required: boolean }

/** Which fields each register uses, in form order, and which it requires (as the server's KindRules). */
export const KIND_FIELDS: Record<RegisterKind, FieldSpec[]> = {
  INSPECTION_FINDING: [
    { field: 'category', required: true },
    { field: 'occurredOn', required: true },
    { field: 'major', required: true },
    { field: 'tasks', required: false },
    { field: 'completedOn', required: false },
  ],
  INCIDENT: [
    { field: 'category', required: true },
    { field: 'occurredOn', required: true },
    { field: 'level', required: true },
  ],
  SANCTION: [
    { field: 'category', required: true },
    { field: 'occurredOn', required: true },
    { field: 'imposedBy', required: true },
    { field: 'level', required: true },
    { field: 'major', required: true },
  ],
  FOREST_CASE: [
    { field: 'occurredOn', required: true },
    { field: 'tasks', required: false },
    { field: 'completedOn', required: false },
  ],
  PETITION: [
    { field: 'category', required: true },
    { field: 'occurredOn', required: true },
    { field: 'dueOn', required: true },
    { field: 'closedOn', required: false },
  ],
  KEY_TASK: [
    { field: 'category', required: true },
    { field: 'year', required: true },
    { field: 'completed', required: true },
    { field: 'occurredOn', required: false },
  ],
  ECO_QUALITY: [
    { field: 'year', required: true },
    { field: 'level', required: true },
    { field: 'occurredOn', required: false },
  ],
  DATA_FALSIFICATION: [
    { field: 'occurredOn', required: true },
    { field: 'imposedBy', required: false },
  ],
}

/** The codes of the kind's level field and the locale block of their labels. */
export function levelOptions(kind: RegisterKind): { codes: readonly string[]; labels: string } {
  switch (kind) {
    case 'INCIDENT':
      return { codes: INCIDENT_LEVELS, labels: 'registry.level' }
    case 'SANCTION':
      return { codes: BODY_LEVELS, labels: 'registry.body' }
    case 'ECO_QUALITY':
      return { codes: ECO_QUALITY_GRADES, labels: 'registry.grade' }
    default:
      return { codes: [], labels: '' }
  }
}

/** The locale key of a field's label in the kind's words (registry.fields.<KIND>.<field>, else registry.fields.<field>). */
export function fieldLabelKey(kind: RegisterKind, field: string, has: (key: string) => boolean): string {
  // a task's field (tasks.plannedOn, tasks[0].plannedOn) is labelled as taskPlannedOn
  const key = field.replace(/^tasks(\[\d+])?\.(\w)/, (_m, _i, c: string) => `task${c.toUpperCase()}`)
  const specific = `registry.kindFields.${kind}.${key}`
  return has(specific) ? specific : `registry.fields.${key}`
}

export function emptyInput(kind: RegisterKind): RegisterInput {
  return {
    kind,
    regionCode: null,
    category: null,
    occurredOn: null,
    year: null,
    level: null,
    major: null,
    completed: null,
    dueOn: null,
    closedOn: null,
    completedOn: null,
    imposedBy: null,
    summary: '',
    sourceNumber: '',
    sourceDate: null,
    sourceIssuer: '',
    tasks: [],
  }
}

/** The editable fields of a record, for a correction. */
export function inputOf(r: RegisterRecord): RegisterInput {
  return {
    kind: r.kind,
    regionCode: r.regionCode,
    category: r.category,
    occurredOn: r.occurredOn,
    year: r.year,
    level: r.level,
    major: r.major,
    completed: r.completed,
    dueOn: r.dueOn,
    closedOn: r.closedOn,
    completedOn: r.completedOn,
    imposedBy: r.imposedBy,
    summary: r.summary,
    sourceNumber: r.sourceNumber,
    sourceDate: r.sourceDate,
    sourceIssuer: r.sourceIssuer,
    tasks: r.tasks.map((t) => ({ ...t })),
  }
}

/** A problem the form shows beside a field: the locale key of the message and its parameters. */
export type FormProblem = { field: string; key: string; params?: Record<string, string | number> }

const blank = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '')

/**
 * The problems the server would find in the input (the same rules, checked before sending, so that the
 * user sees them at once): required fields of the kind, dates not after today, a due or closing date not
 * before receipt, tasks with a description and a planned date, a completion date only once every task is
 * done. `today` is yyyy-MM-dd. The server checks again and names the field in its answer.
 */
export function validateRecord(input: RegisterInput, today: string): FormProblem[] {
  const problems: FormProblem[] = []
  const required = (field: string, value: unknown): void => {
    if (blank(value)) problems.push({ field, key: 'registry.validation.required' })
  }
  required('regionCode', input.regionCode)
  for (const spec of KIND_FIELDS[input.kind]) {
    if (!spec.required) continue
    if (spec.field === 'category' && REGISTER_CATEGORIES[input.kind].length === 0) continue
    required(spec.field, input[spec.field as keyof RegisterInput])
  }
  required('summary', input.summary)
  required('sourceNumber', input.sourceNumber)
  required('sourceDate', input.sourceDate)
  required('sourceIssuer', input.sourceIssuer)
  const notFuture = (field: string, value: string | null): void => {
    if (value && value > today) problems.push({ field, key: 'registry.validation.future' })
  }
  notFuture('occurredOn', input.occurredOn)
  notFuture('sourceDate', input.sourceDate)
  notFuture('closedOn', input.closedOn)
  notFuture('completedOn', input.completedOn)
  if (input.kind === 'PETITION' && input.occurredOn) {
    for (const field of ['dueOn', 'closedOn'] as const) {
      const value = input[field]
      if (value && value < input.occurredOn) problems.push({ field, key: 'registry.validation.beforeReceipt' })
    }
  }
  if (input.year !== null && (input.year < 2000 || input.year > Number(today.slice(0, 4)) + 1)) {
    problems.push({ field: 'year', key: 'registry.validation.year', params: { max: Number(today.slice(0, 4)) + 1 } })
  }
  input.tasks.forEach((task, i) => {
    if (blank(task.description)) problems.push({ field: `tasks[${i}].description`, key: 'registry.validation.required' })
    if (blank(task.plannedOn)) problems.push({ field: `tasks[${i}].plannedOn`, key: 'registry.validation.required' })
    notFuture(`tasks[${i}].completedOn`, task.completedOn)
  })
  if (input.completedOn && input.tasks.some((t) => !t.completedOn)) {
    problems.push({ field: 'completedOn', key: 'registry.validation.tasksOpen' })
  }
  return problems
}

/** Who keeps the registers (enters, corrects); the province also confirms and rejects. Others read. */
export const REGISTER_KEEPER_ROLES: Role[] = ['PROVINCE_STAFF', 'PREFECTURE_STAFF']

export function stateTagType(state: RegisterState): 'warning' | 'success' | 'danger' {
  return state === 'CONFIRMED' ? 'success' : state === 'PENDING' ? 'warning' : 'danger'
}

/** A rate as a percentage with two decimals, or '—' when undefined (nothing received: not 100 %). */
export function formatRate(rate: number | null): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(2)}%`
}

/** The record's kind-specific value as a short text for the list (a code as its label key). */
export function levelLabelKey(kind: RegisterKind, level: string | null): string | null {
  if (!level) return null
  const { labels } = levelOptions(kind)
  return labels ? `${labels}.${level}` : null
}
