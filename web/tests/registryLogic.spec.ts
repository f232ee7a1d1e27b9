import { describe, expect, it } from 'vitest'
import { KIND_FIELDS, emptyInput, fieldLabelKey, formatRate, validateRecord } from '@/views/registry/registryLogic'
import { REGISTER_KINDS, type RegisterInput } from '@/api/registry'

const today = '2026-06-15'

function petition(overrides: Partial<RegisterInput> = {}): RegisterInput {
  return {
    ...emptyInput('PETITION'),
    regionCode: '152502',
    category: 'HOTLINE_12369',
    occurredOn: '2026-06-01',
    dueOn: '2026-07-01',
    summary: '噪声扰民',
    sourceNumber: '锡〔2026〕1号',
    sourceDate: '2026-06-01',
    sourceIssuer: '锡林郭勒盟生态环境局',
    ...overrides,
  }
}

const fields = (input: RegisterInput): string[] => validateRecord(input, today).map((p) => p.field)

describe('register form validation', () => {
  it('accepts a complete petition', () => {
    expect(validateRecord(petition(), today)).toEqual([])
  })

  it('names every missing field of the kind and the common ones', () => {
    expect(fields({ ...emptyInput('INCIDENT') })).toEqual(
      expect.arrayContaining(['regionCode', 'category', 'occurredOn', 'level', 'summary', 'sourceNumber', 'sourceDate', 'sourceIssuer']),
    )
    expect(fields({ ...emptyInput('SANCTION') })).toEqual(expect.arrayContaining(['imposedBy', 'level', 'major']))
    expect(fields({ ...emptyInput('KEY_TASK') })).toEqual(expect.arrayContaining(['year', 'completed']))
    // the forest case and data falsification registers have no category to choose
    expect(fields({ ...emptyInput('FOREST_CASE') })).not.toContain('category')
  })

  it('refuses dates after today and a due or closing date before receipt', () => {
    const problems = validateRecord(petition({ occurredOn: '2026-06-10', dueOn: '2026-06-09', closedOn: '2026-06-16' }), today)
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'dueOn', key: 'registry.validation.beforeReceipt' },
        { field: 'closedOn', key: 'registry.validation.future' },
      ]),
    )
    expect(validateRecord(petition({ closedOn: '2026-06-15' }), today)).toEqual([])
  })

  it('wants each task described and planned, and no completion date while a task is open', () => {
    const finding: RegisterInput = {
      ...petition(),
      kind: 'INSPECTION_FINDING',
      category: 'CENTRAL_INSPECTION',
      major: true,
      dueOn: null,
      tasks: [{ description: ' ', plannedOn: null, completedOn: null }],
      completedOn: '2026-06-10',
    }
    expect(fields(finding)).toEqual(['tasks[0].description', 'tasks[0].plannedOn', 'completedOn'])
  })

  it('knows the fields of every register', () => {
    for (const kind of REGISTER_KINDS) expect(KIND_FIELDS[kind].length).toBeGreaterThan(0)
  })

  it('shows an undefined rate as a dash, never as 100 %', () => {
    expect(formatRate(null)).toBe('—')
    expect(formatRate(0.6667)).toBe('66.67%')
    expect(formatRate(1)).toBe('100.00%')
  })

  it('labels a field in the kind’s words where it has them, a task’s field as the task’s', () => {
    const has = (key: string): boolean => key === 'registry.kindFields.PETITION.occurredOn'
    expect(fieldLabelKey('PETITION', 'occurredOn', has)).toBe('registry.kindFields.PETITION.occurredOn')
    expect(fieldLabelKey('INCIDENT', 'occurredOn', has)).toBe('registry.fields.occurredOn')
    expect(fieldLabelKey('FOREST_CASE', 'tasks[2].plannedOn', has)).toBe('registry.fields.taskPlannedOn')
    expect(fieldLabelKey('FOREST_CASE', 'tasks.description', has)).toBe('registry.fields.taskDescription')
  })
})
