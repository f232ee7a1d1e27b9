import { describe, expect, it } from 'vitest'
import { currentDeadline, handlingRows, hasReceipt, receipt } from '@/views/plan/planPrintLogic'
import type { RunTimelineEntry } from '@/api/procedure'
import type { PlanText } from '@/api/plan'
import { plan, planRun, promulgated } from './planFixtures'

function entry(overrides: Partial<RunTimelineEntry>): RunTimelineEntry {
  return {
    stepCode: 'SUBMIT',
    action: 'ACT',
    outcome: null,
    opinion: null,
    actorName: '张三',
    actorRole: 'COUNTY_GOVERNMENT',
    organizationName: '锡林浩特市人民政府',
    at: '2026-03-02T01:30:00Z',
    documentIds: [],
    ...overrides,
  }
}

describe('the handling sheet (办理单)', () => {
  it('lists every step taken, oldest first, with actor, date, opinion, outcome and the step period', () => {
    const view = plan({
      run: planRun('FILE', [], {
        timeline: [
          entry({ stepCode: 'EXAMINE', action: 'ACT', opinion: '同意上报', organizationName: '锡林郭勒盟生态环境局', actorName: '李四', at: '2026-03-05T02:00:00Z' }),
          entry({ stepCode: 'SUBMIT', at: '2026-03-02T01:30:00Z' }),
          entry({ stepCode: 'EXPERT_REVIEW', outcome: 'REVISE', opinion: '修改后通过', organizationName: null, actorName: null, at: '2026-04-01T02:00:00Z' }),
          entry({ stepCode: 'FILE', action: 'ATTACHED', at: '2026-04-10T02:00:00Z' }),
        ],
      }),
    })

    const rows = handlingRows(view)

    expect(rows.map((r) => r.step)).toEqual([
      '旗县（市、区）人民政府将规划报送所在盟市生态环境局',
      '盟市生态环境局审核后连同审核意见一并报送自治区生态环境厅',
      '自治区生态环境厅组织专家对建设规划进行评审',
      '通过盟市生态环境局报自治区生态环境厅备案',
    ])
    expect(rows[1]).toMatchObject({ actor: '锡林郭勒盟生态环境局 李四', opinion: '同意上报', actionKey: 'procedure.action.ACT', outcomeKey: null })
    expect(rows[1].date).toMatch(/^2026-03-05 \d\d:00$/)
    expect(rows[2]).toMatchObject({ actor: '', outcomeKey: 'procedure.outcomeLabel.REVISE' })
    expect(rows[3]).toMatchObject({ actionKey: 'procedure.action.ATTACHED', workingDays: 15 })
    expect(rows[0].workingDays).toBeNull()
  })

  it('has no rows without a run', () => {
    expect(handlingRows(plan({ run: null }))).toEqual([])
  })

  it('shows the running step deadline, else the filing deadline until filed, else none', () => {
    const running = { due: '2026-05-08', overdue: true, explanation: ['第 15 个工作日为 2026-05-08'] }
    expect(currentDeadline(plan({ run: planRun('EXAMINE', [], { deadline: running }) }))).toEqual(running)
    const filing = promulgated({ run: planRun('FILE') })
    expect(currentDeadline(filing)).toEqual({ due: '2026-10-22', overdue: false, explanation: filing.filingExplanation })
    expect(currentDeadline(promulgated({ run: planRun(null), filedOn: '2026-10-20' }))).toBeNull()
  })
})

/** Kept files, stored at noon UTC so that the local day is the same in every time zone from UTC-11 to UTC+11. */
function kept(kind: PlanText['kind'], number: number, documentId: number, name: string, promulgated: boolean): PlanText {
  return {
    kind,
    number,
    documentId,
    name,
    type: 'PDF',
    size: 1024,
    sha256: null,
    uploadedBy: 'xlht.gov',
    uploadedAt: '2026-09-25T12:00:00Z',
    seenBy: [],
    promulgated,
    current: kind === 'TEXT',
  }
}
const text = kept('TEXT', 2, 5, '规划（印发稿）.pdf', true)
const issuing = kept('ISSUING_DOCUMENT', 1, 9, '关于印发规划的通知.pdf', true)

describe('the files the handling sheet names', () => {
  it('names the text each step saw and the issuing document beside the promulgated text', () => {
    const view = promulgated({
      texts: [kept('TEXT', 1, 4, '规划（送审稿）.pdf', false), text, issuing],
      issuingDocument: issuing,
      run: planRun('FILE', [], {
        timeline: [
          entry({ stepCode: 'SUBMIT', documentIds: [4], at: '2026-03-02T01:30:00Z' }),
          entry({ stepCode: 'PROMULGATE', documentIds: [5, 9], at: '2026-09-25T02:00:00Z' }),
          entry({ stepCode: 'EXAMINE', documentIds: [], at: '2026-03-05T02:00:00Z' }),
        ],
      }),
    })

    const rows = handlingRows(view)

    expect(rows.map((r) => r.files.map((f) => f.name))).toEqual([['规划（送审稿）.pdf'], [], ['规划（印发稿）.pdf', '关于印发规划的通知.pdf']])
    expect(rows[2]!.files[1]).toEqual({ kind: 'ISSUING_DOCUMENT', number: 1, name: '关于印发规划的通知.pdf', date: '2026-09-25' })
  })

  it('leaves out a document that is none of the plan kept files', () => {
    const view = plan({ texts: [text], run: planRun('EXAMINE', [], { timeline: [entry({ documentIds: [5, 77] })] }) })
    expect(handlingRows(view)[0]!.files.map((f) => f.name)).toEqual(['规划（印发稿）.pdf'])
  })
})

describe('the filing receipt (备案回执)', () => {
  it('exists only once the plan is filed', () => {
    expect(hasReceipt(plan())).toBe(false)
    expect(receipt(plan())).toBeNull()
    expect(hasReceipt(plan({ filedOn: '2026-10-20' }))).toBe(true)
  })

  it('names the plan, its promulgation, the filing and who received it with the receipt opinion', () => {
    const filed = promulgated({
      state: 'FILED',
      filedOn: '2026-10-20',
      filingReceivedOn: '2026-10-23',
      filingReceivedBy: '内蒙古自治区生态环境厅',
      run: planRun(null, [], {
        timeline: [entry({ stepCode: 'RECEIVE_FILING', opinion: '予以备案', at: '2026-10-23T02:00:00Z' })],
      }),
    })

    expect(receipt(filed)).toEqual({
      title: '锡林浩特市生态文明建设示范区规划（2026—2030年）',
      subject: '锡林浩特市',
      period: { start: 2026, end: 2030 },
      promulgation: { body: '锡林浩特市人民政府', date: '2026-09-25', number: '锡政发〔2026〕12号' },
      promulgatedText: null,
      issuingDocument: null,
      filedOn: '2026-10-20',
      acknowledged: true,
      receivedBy: '内蒙古自治区生态环境厅',
      receivedOn: '2026-10-23',
      opinion: '予以备案',
    })
  })

  it('names the promulgated text (印发稿) and the issuing document (印发文件) with the day it was stored', () => {
    const filed = promulgated({
      filedOn: '2026-10-20',
      texts: [text, issuing],
      issuingDocument: issuing,
      run: planRun('RECEIVE_FILING'),
    })

    const result = receipt(filed)

    expect(result?.promulgatedText).toEqual({ kind: 'TEXT', number: 2, name: '规划（印发稿）.pdf', date: '2026-09-25' })
    expect(result?.issuingDocument).toEqual({ kind: 'ISSUING_DOCUMENT', number: 1, name: '关于印发规划的通知.pdf', date: '2026-09-25' })
  })

  it('has no issuing document when the promulgation carried none', () => {
    const result = receipt(promulgated({ filedOn: '2026-10-20', texts: [text], run: planRun('RECEIVE_FILING') }))
    expect(result?.promulgatedText?.name).toBe('规划（印发稿）.pdf')
    expect(result?.issuingDocument).toBeNull()
  })

  it('says the receipt is not yet confirmed while the receiving body has not acknowledged it', () => {
    const result = receipt(promulgated({ filedOn: '2026-10-20', run: planRun('RECEIVE_FILING') }))
    expect(result).toMatchObject({ acknowledged: false, receivedBy: '', opinion: '' })
  })
})
