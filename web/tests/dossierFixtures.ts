import type { DossierView, ExclusionVerdictView, MaterialView, RoundView, TriggeringRecord } from '@/api/dossier'

export function trigger(recordId: number, summary: string): TriggeringRecord {
  return { recordId, kind: 'INCIDENT', occurredOn: '2025-05-02', summary, sourceNumber: '锡环发〔2025〕3号', sourceDate: '2025-05-10', sourceIssuer: '锡林郭勒盟生态环境局' }
}

export function verdict(overrides: Partial<ExclusionVerdictView>): ExclusionVerdictView {
  return {
    code: 'X',
    textZh: '',
    article: '第十一条',
    outcome: 'CLEAR',
    explanationZh: '',
    explanationEn: '',
    records: [],
    figures: [],
    provinceSetting: false,
    uncertain: false,
    noteZh: null,
    ...overrides,
  }
}

/** A dossier as the contract of issue 11 §3 answers it: an Inner Mongolia county's, in draft. */
export const round: RoundView = {
  id: 3,
  programme: 'ECO_CIVILIZATION_ZONE',
  regulationCode: 'im-eco-civ',
  regulationVersion: 1,
  jurisdictionCode: '150000',
  title: '2026年度生态文明建设示范区申报',
  opensOn: '2026-11-01',
  closesOn: '2026-12-31',
  callDocument: '环办生态函〔2026〕12号',
  windowKind: 'PER_MINISTRY_CALL',
  windowTextZh: '按生态环境部通知组织申报',
  article: '第九条',
  open: true,
  version: 0,
}

export function material(overrides: Partial<MaterialView>): MaterialView {
  return {
    code: 'STORY',
    nameZh: '典型案例',
    ruleZh: '约2000字',
    article: '第十二条（五）',
    uncertain: false,
    noteZh: null,
    kind: 'TEXT',
    status: 'RED',
    messages: [],
    documents: [],
    ...overrides,
  }
}

export function dossier(overrides: Partial<DossierView> = {}): DossierView {
  return {
    id: 41,
    candidacyId: 9,
    round,
    subjectName: '多伦县人民政府',
    regionCode: '152531',
    regionName: '多伦县',
    subjectLevel: 'COUNTY',
    programme: 'ECO_CIVILIZATION_ZONE',
    regulationCode: 'im-eco-civ',
    regulationVersion: 1,
    state: 'DRAFT',
    submittedOn: null,
    version: 4,
    allowedActions: ['EDIT', 'SUBMIT'],
    materials: [
      material({
        code: 'STORY',
        status: 'AMBER',
        text: '生态'.repeat(100),
        characters: 200,
        tolerance: { target: 2000, min: 1600, max: 2400, uncertain: true, noteZh: '规程仅称“2000字左右”，按±20%核对' },
        uncertain: true,
        noteZh: '规程仅称“2000字左右”，按±20%核对',
        messages: [{ level: 'WARNING', textZh: '字数少于1600字', textEn: 'Fewer than 1600 characters' }],
      }),
      material({
        code: 'PHOTOS',
        nameZh: '图片',
        ruleZh: '不少于5张，每张约10MB',
        kind: 'PHOTOS',
        status: 'RED',
        minCount: 5,
        documents: [
          { id: 501, name: 'a.png', mediaType: 'image/png', size: 2_100_000, width: 4000, height: 3000, sha256: 'x', uploadedAt: '2026-11-20T02:00:00Z' },
        ],
        messages: [{ level: 'ERROR', textZh: '照片少于5张', textEn: 'Fewer than 5 photos' }],
      }),
      material({
        code: 'LETTER',
        nameZh: '申报函',
        ruleZh: 'PDF或DOCX',
        article: '第十二条（一）',
        kind: 'DOCUMENTS',
        status: 'GREEN',
        documents: [{ id: 601, name: '申报函.pdf', mediaType: 'application/pdf', size: 80_000, sha256: 'y', uploadedAt: '2026-11-20T02:00:00Z' }],
      }),
    ],
    eligibility: [
      {
        code: 'PLAN_IN_FORCE',
        textZh: '规划已发布实施且在规划期内',
        article: '第十条（一）',
        automatic: true,
        met: true,
        explanationZh: '《多伦县生态文明建设示范区规划（2021—2030年）》已于2022-03-01发布',
        answer: null,
        documentIds: [],
      },
      { code: 'NO_MAJOR_EVENT', textZh: '近三年未发生重大生态环境问题', article: '第十条（四）', automatic: false, met: null, explanationZh: null, answer: null, documentIds: [] },
    ],
    indicators: {
      frozen: false,
      years: [2023, 2024, 2025],
      rows: [
        {
          indicatorCode: 'PM25',
          nameZh: '细颗粒物（PM2.5）浓度',
          binding: 'BINDING',
          values: [
            { year: 2023, value: 20, attained: 'MET' },
            { year: 2024, value: 41, attained: 'NOT_MET' },
            { year: 2025, value: 19, attained: 'MET' },
          ],
          met: false,
        },
      ],
      notMet: ['PM25'],
      blocksSubmission: true,
      article: '第十条（三）',
      changedSince: [],
      noteZh: null,
    },
    exclusions: {
      regulationCode: 'im-eco-civ',
      regulationVersion: 1,
      lookBackYears: 3,
      windowFrom: '2023-11-20',
      windowTo: '2026-11-20',
      windowTextZh: '近3年：2023-11-20 至 2026-11-20（含首尾两日）',
      article: '第十一条',
      silent: false,
      noteZh: null,
      windowUncertain: false,
      windowNoteZh: null,
      excluded: true,
      needsJudgement: true,
      verdicts: [
        verdict({ code: 'MAJOR_INCIDENT', textZh: '发生重大、特大突发环境事件', outcome: 'EXCLUDED', records: [trigger(77, '尾矿库泄漏')] }),
        verdict({ code: 'PETITIONS', textZh: '信访办结率低', outcome: 'NEEDS_JUDGEMENT', provinceSetting: true, figures: [{ name: '办结率', value: '41 / 50 = 82.0 %', noteZh: null }] }),
      ],
    },
    blockers: [
      { code: 'MATERIAL_PHOTOS', messageZh: '图片：照片少于5张', messageEn: 'Photos: fewer than 5', materialCode: 'PHOTOS' },
      { code: 'EXCLUSION_MAJOR_INCIDENT', messageZh: '存在否决情形：发生重大突发环境事件', messageEn: 'Excluded: major incident' },
    ],
    run: null,
    ...overrides,
  }
}
