import { describe, expect, it } from 'vitest'
import {
  actRequest,
  checkAct,
  checkReason,
  actLabelKey,
  confirmationKey,
  initialOutcome,
  isStale,
  nextNotice,
  offersOutcomeChoice,
  panelActions,
  showsOpinion,
  stepBar,
  stepName,
} from '@/components/procedureLogic'
import { ApiError } from '@/utils/apiError'
import { allowed, run, task } from './procedureFixtures'

function apiError(status: number): ApiError {
  return new ApiError({ status, code: null, title: null, detail: 'x', fieldErrors: {} })
}

describe('procedure panel logic', () => {
  it('draws buttons only from allowedActions', () => {
    const actions = panelActions(run())
    expect(actions.acts).toHaveLength(1)
    expect(actions.returns).toHaveLength(1)
    expect(actions.withdraw).toBeNull()
    expect(actions.cancel).toBeNull()

    const none = panelActions(run({ allowedActions: [] }))
    expect(none.acts).toEqual([])
    expect(none.returns).toEqual([])

    const initiator = panelActions(
      run({ allowedActions: [allowed({ action: 'WITHDRAW', stepCode: 'submit' }), allowed({ action: 'CANCEL', stepCode: 'submit' })] }),
    )
    expect(initiator.acts).toEqual([])
    expect(initiator.withdraw?.action).toBe('WITHDRAW')
    expect(initiator.cancel?.action).toBe('CANCEL')
  })

  it('asks for confirmation of withdraw, cancel and every act, in its kind\'s words; a return has its own dialog', () => {
    const shown = run()
    expect(confirmationKey(shown, allowed({ action: 'WITHDRAW' }))).toBe('procedure.confirmWithdraw')
    expect(confirmationKey(shown, allowed({ action: 'CANCEL' }))).toBe('procedure.confirmCancel')
    expect(confirmationKey(shown, allowed({ stepCode: 'file' }))).toBe('procedure.confirmAct.FILE')
    expect(confirmationKey(shown, allowed({ stepCode: 'league-exam' }))).toBe('procedure.confirmAct.EXAMINE')
    expect(confirmationKey(shown, allowed({ stepCode: 'submit' }))).toBe('procedure.confirmAct.SUBMIT')
    expect(confirmationKey(shown, allowed({ stepCode: 'unknown-step' }))).toBe('procedure.confirmAct.DEFAULT')
    expect(confirmationKey(shown, allowed({ action: 'RETURN' }))).toBeNull()
  })

  it('tells whom an act notifies: the next step\'s actors, the initiator at the last step, nobody yet while sibling offices examine', () => {
    const shown = run()
    expect(nextNotice(shown, allowed({ stepCode: 'league-exam' }))).toEqual({
      key: 'procedure.confirmNext',
      next: '处室会审',
      roles: ['DIVISION_REVIEWER'],
    })
    expect(nextNotice(shown, allowed({ stepCode: 'file' }))?.key).toBe('procedure.confirmLast')
    const parallel = run({
      currentStepCode: 'divisions',
      tasks: [task({ id: 21, stepCode: 'divisions', state: 'OPEN' }), task({ id: 22, stepCode: 'divisions', state: 'OPEN' })],
    })
    expect(nextNotice(parallel, allowed({ stepCode: 'divisions', taskId: 21 }))?.key).toBe('procedure.confirmParallel')
    const lastOffice = run({ currentStepCode: 'divisions', tasks: [task({ id: 21, stepCode: 'divisions', state: 'OPEN' })] })
    expect(nextNotice(lastOffice, allowed({ stepCode: 'divisions', taskId: 21 }))).toEqual({
      key: 'procedure.confirmNext',
      next: '备案',
      roles: ['PROVINCE_STAFF'],
    })
    expect(nextNotice(shown, allowed({ action: 'WITHDRAW' }))).toBeNull()
  })

  it("takes a step's own prompt and label when the locales give them, else its kind's", () => {
    const shown = run()
    const has = (key: string) => ['procedure.confirmStep.league-exam', 'procedure.actLabel.league-exam'].includes(key)
    expect(confirmationKey(shown, allowed({ stepCode: 'league-exam' }), has)).toBe('procedure.confirmStep.league-exam')
    expect(confirmationKey(shown, allowed({ stepCode: 'file' }), has)).toBe('procedure.confirmAct.FILE')
    expect(confirmationKey(shown, allowed({ action: 'RETURN', stepCode: 'league-exam' }), has)).toBeNull()
    expect(actLabelKey(allowed({ stepCode: 'league-exam' }), has)).toBe('procedure.actLabel.league-exam')
    expect(actLabelKey(allowed({ stepCode: 'file' }), has)).toBe('procedure.actStep')
  })

  it('hides the opinion box only for steps whose endpoint takes none, never where it is required', () => {
    expect(showsOpinion(allowed({ stepCode: 'submit', opinionRequired: false }))).toBe(true)
    expect(showsOpinion(allowed({ stepCode: 'submit', opinionRequired: false }), ['submit'])).toBe(false)
    expect(showsOpinion(allowed({ stepCode: 'league-exam', opinionRequired: true }), ['league-exam'])).toBe(true)
  })

  it('preselects the only outcome and offers a choice only between several', () => {
    expect(initialOutcome(allowed({ outcomes: ['RECEIVED'] }))).toBe('RECEIVED')
    expect(initialOutcome(allowed({ outcomes: ['PASS', 'FAIL'] }))).toBe('')
    expect(initialOutcome(null)).toBe('')
    expect(offersOutcomeChoice(allowed({ outcomes: ['PASS', 'FAIL'] }))).toBe(true)
    expect(offersOutcomeChoice(allowed({ outcomes: ['RECEIVED'] }))).toBe(false)
  })

  it('requires an offered outcome and, when the step says so, an opinion', () => {
    expect(checkAct(allowed(), { outcome: '', opinion: ' ' })).toEqual({
      outcome: 'procedure.outcomeRequired',
      opinion: 'procedure.opinionRequired',
    })
    expect(checkAct(allowed(), { outcome: 'BOGUS', opinion: '同意' })).toEqual({ outcome: 'procedure.outcomeRequired' })
    expect(checkAct(allowed(), { outcome: 'PASS', opinion: '同意' })).toEqual({})
    expect(checkAct(allowed({ outcomes: [], opinionRequired: false }), { outcome: '', opinion: '' })).toEqual({})
  })

  it('refuses a return without a reason', () => {
    expect(checkReason('   ')).toBe('procedure.reasonRequired')
    expect(checkReason('材料不全')).toBeNull()
  })

  it('sends what the action carries, trimmed, and nothing else', () => {
    const act = actRequest(allowed(), { outcome: 'PASS', opinion: ' 同意 ', reason: 'x', fields: { body: '旗人民政府' } })
    expect(act).toEqual({
      action: 'ACT',
      stepCode: 'league-exam',
      taskId: 11,
      outcome: 'PASS',
      opinion: '同意',
      reason: null,
      fields: { body: '旗人民政府' },
    })
    const back = actRequest(allowed({ action: 'RETURN' }), { outcome: 'PASS', opinion: 'x', reason: ' 材料不全 ', fields: { a: 1 } })
    expect(back).toEqual({
      action: 'RETURN',
      stepCode: 'league-exam',
      taskId: 11,
      outcome: null,
      opinion: null,
      reason: '材料不全',
      fields: {},
    })
    expect(actRequest(allowed({ outcomes: [] }), { outcome: 'PASS', opinion: '' }).outcome).toBeNull()
    expect(actRequest(allowed({ action: 'WITHDRAW' }), { reason: '材料有误' }).reason).toBeNull()
    expect(actRequest(allowed({ action: 'WITHDRAW', reasonRequired: true }), { reason: ' 材料有误 ' }).reason).toBe('材料有误')
  })

  it('treats a 409 as stale and nothing else', () => {
    expect(isStale(apiError(409))).toBe(true)
    expect(isStale(apiError(400))).toBe(false)
    expect(isStale(new Error('x'))).toBe(false)
  })

  it('names steps by the regulation and falls back to the code', () => {
    expect(stepName(run(), 'league-exam')).toBe('盟市审核')
    expect(stepName(run(), 'unknown')).toBe('unknown')
  })

  it('shows finished, current and waiting steps with the tasks of a parallel step', () => {
    const parallel = run({
      currentStepCode: 'divisions',
      tasks: [
        task({ id: 21, stepCode: 'divisions', state: 'DONE', assigneeOrganizationName: '自然生态保护处' }),
        task({ id: 22, stepCode: 'divisions', state: 'OPEN', assigneeOrganizationName: '综合处' }),
      ],
    })
    const bar = stepBar(parallel)
    expect(bar.active).toBe(2)
    expect(bar.items.map((i) => i.status)).toEqual(['finish', 'finish', 'process', 'wait'])
    expect(bar.items[2].tasks.map((t) => t.state)).toEqual(['DONE', 'OPEN'])

    expect(stepBar(run({ deadline: { due: '2026-03-01', overdue: true, explanation: [] } })).items[1].status).toBe('error')
    expect(stepBar(run({ state: 'FINISHED', currentStepCode: null })).items.every((i) => i.status === 'finish')).toBe(true)
    const cancelled = stepBar(run({ state: 'CANCELLED', currentStepCode: null }))
    expect(cancelled.items.map((i) => i.status)).toEqual(['finish', 'error', 'wait', 'wait'])
  })
})
