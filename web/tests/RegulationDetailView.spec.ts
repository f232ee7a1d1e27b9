import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'

vi.mock('@/api/regulation', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/regulation')>()),
  getRegulation: vi.fn(),
  listRegulations: vi.fn(),
}))
vi.mock('@/api/region', () => ({ getRegion: vi.fn() }))
vi.mock('@/api/indicator', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/indicator')>()),
  listEditions: vi.fn(),
}))

import * as regulationApi from '@/api/regulation'
import * as regionApi from '@/api/region'
import * as indicatorApi from '@/api/indicator'
import type { Regulation } from '@/api/regulation'
import type { EditionSummary } from '@/api/indicator'
import type { Me, RegionDetail } from '@/api/types'
import { ApiError } from '@/utils/apiError'
import RegulationDetailView from '@/views/regulation/RegulationDetailView.vue'
import imEcociv from './fixtures/im-ecociv-2022.json'
import { createTestApp, makeMe, settle } from './helpers'

/** A trimmed copy of src/main/resources/regulations/im-ecociv-2022.yaml as GET /api/regulations/{code} sends it. */
const fixture = imEcociv as unknown as Regulation

// the page renders a dozen tables: give a loaded machine time
vi.setConfig({ testTimeout: 30_000 })
enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

async function mountDetail(me: Me | null, regulation: Regulation = fixture): Promise<VueWrapper> {
  vi.mocked(regulationApi.getRegulation).mockResolvedValue(regulation)
  vi.mocked(regionApi.getRegion).mockResolvedValue({ code: '150000', name: '内蒙古自治区' } as RegionDetail)
  vi.mocked(indicatorApi.listEditions).mockResolvedValue([
    { code: 'ECOCIV-CITY-2024', titleZh: '生态文明建设示范区（市）建设指标（2024年）' } as EditionSummary,
  ])
  const app = createTestApp(me)
  await app.router.push({ name: 'regulation', params: { code: regulation.code } })
  const wrapper = mount(RegulationDetailView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

/** The text of the table row whose text contains `needle`. */
function row(wrapper: VueWrapper, testId: string, needle: string): string {
  const rows = wrapper.get(`[data-testid="${testId}"]`).findAll('.el-table__body tr')
  const found = rows.find((r) => r.text().includes(needle))
  if (!found) throw new Error(`no row with ${needle} in ${testId}`)
  return found.text()
}

describe('regulation detail', () => {
  it('opens for the public and shows the header with the jurisdiction name and the in-force article', async () => {
    const wrapper = await mountDetail(null)
    expect(regulationApi.getRegulation).toHaveBeenCalledWith('IM-ECOCIV-2022')
    expect(regionApi.getRegion).toHaveBeenCalledWith('150000')
    const text = wrapper.text()
    expect(text).toContain('内蒙古自治区创建国家生态文明建设示范区管理规程')
    expect(text).toContain('生态文明建设示范区')
    expect(text).toContain('内蒙古自治区')
    expect(text).toContain('内环办〔2022〕170号')
    expect(text).toContain('2022-07-11')
    expect(text).toContain('第二十一条')
    expect(wrapper.get('[data-testid="regulation-status"]').text()).toBe('已发布')
    expect(wrapper.find('[data-testid="regulation-draft-notice"]').exists()).toBe(false)
  })

  it('shows the county plan path with bodies in Chinese, the filing deadline with its counting, and each article', async () => {
    const wrapper = await mountDetail(makeMe('COUNTY_GOVERNMENT'))
    const path = wrapper.get('[data-testid="plan-path-COUNTY"]')
    expect(path.findAll('.el-table__body tr')).toHaveLength(7)
    expect(row(wrapper, 'plan-path-COUNTY', '盟市生态环境局审核')).toContain('第五条')
    expect(row(wrapper, 'plan-path-COUNTY', '盟市生态环境局审核')).toContain('自治区/省生态环境厅')
    expect(row(wrapper, 'plan-path-COUNTY', '审议后颁布实施')).toContain('人大或政府')
    const filing = row(wrapper, 'plan-path-COUNTY', '备案')
    expect(filing).toContain('创建主体')
    expect(filing).toContain('规划颁布实施后15个工作日内（次日起算）')
    expect(filing).toContain('第六条')
    expect(filing).toContain('存疑')
    expect(row(wrapper, 'plan-path-COUNTY', '修改完善')).toContain('未规定')
    expect(wrapper.get('[data-testid="plan-duties"]').text()).toContain('第八条')
  })

  it('renders every article as a tag', async () => {
    const wrapper = await mountDetail(null)
    const articles = wrapper.findAll('[data-testid="citation-article"]').map((tag) => tag.text())
    for (const article of ['第二条', '第四条', '第五条', '第六条', '第七条', '第九条', '第十条（三）', '第十一条（四）', '第十二条（五）', '第十三条', '第十四条（三）', '第十八条', '第十九条', '第二十一条']) {
      expect(articles, article).toContain(article)
    }
    expect(wrapper.findAll('[data-testid="citation"]').length).toBeGreaterThan(30)
  })

  it('marks uncertain readings 存疑 with the note in a tooltip', async () => {
    const wrapper = await mountDetail(null)
    const uncertain = wrapper.findAll('[data-testid="citation-uncertain"]')
    // filing (path), abstract, petitions, review, publicity, both indicator rules
    expect(uncertain).toHaveLength(7)
    expect(uncertain.every((tag) => tag.text() === '存疑')).toBe(true)
    const tooltips = wrapper.findAllComponents({ name: 'ElTooltip' }).map((tip) => String(tip.props('content')))
    expect(tooltips).toContain('规程未规定起算方式；按民法典第二百零一条“开始的当日不计入”，自颁布实施次日起算。')
    expect(tooltips).toContain('规程未规定“办结率低”的数值界限。')
  })

  it('shows 规程未规定 with the note where the rules are silent', async () => {
    const wrapper = await mountDetail(null)
    const silent = wrapper.findAll('[data-testid="citation-silent"]')
    expect(silent).toHaveLength(2)
    expect(silent.every((tag) => tag.text() === '规程未规定')).toBe(true)
    expect(wrapper.get('[data-testid="title-validity"]').text()).toContain('本规程未规定称号有效期，依生态环境部国家规程。')
    expect(row(wrapper, 'title-sanctions', '警告与撤销称号')).toContain('本规程未规定警告或撤销称号的情形')
  })

  it('shows the application: window, chain, materials with their numbers, exclusions, review and publicity', async () => {
    const wrapper = await mountDetail(null)
    expect(wrapper.get('[data-testid="application-window"]').text()).toContain('按生态环境部遴选工作要求')
    expect(row(wrapper, 'chain-COUNTY', '初选')).toContain('盟市生态环境局')
    expect(row(wrapper, 'application-materials', '典型事迹材料')).toContain('约2000字')
    const photos = row(wrapper, 'application-materials', '电子照片')
    expect(photos).toContain('不少于5张')
    expect(photos).toContain('约10MB')
    expect(wrapper.get('[data-testid="application-exclusions"]').text()).toContain('近3年内存在下列情形之一的')
    expect(wrapper.get('[data-testid="application-review"]').text()).toContain('专家评审赋分')
    const publicity = row(wrapper, 'application-publicity', '门户网站')
    expect(publicity).toContain('5个工作日')
    expect(publicity).not.toContain('不少于')
    expect(publicity).toContain('当日起算')
    expect(row(wrapper, 'title-checks', '现场核查')).toContain('获得称号满2年')
    expect(wrapper.find('[data-testid="regulation-typical-cases"]').exists()).toBe(false)
  })

  it('shows the indicator edition per level, linked for the province staff, as text for the public', async () => {
    const anonymous = await mountDetail(null)
    expect(indicatorApi.listEditions).not.toHaveBeenCalled()
    expect(anonymous.get('[data-testid="edition-code"]').text()).toBe('ECOCIV-CITY-2024')
    expect(anonymous.get('[data-testid="regulation-indicators"]').text()).toContain('暂无指标版本')
    anonymous.unmount()

    const staff = await mountDetail(makeMe('PROVINCE_STAFF'))
    const link = staff.get('[data-testid="edition-link"]')
    expect(link.attributes('href')).toBe('/indicator/editions/ECOCIV-CITY-2024')
    expect(link.text()).toContain('生态文明建设示范区（市）建设指标（2024年）')
  })

  it('shows the typical-case selection where the regulation has one, and silent exclusions with their note', async () => {
    const xilingolLike: Regulation = {
      ...fixture,
      application: {
        ...fixture.application,
        exclusions: {
          lookBackYears: null,
          citation: { article: null, uncertain: false, silent: true, noteZh: '本规程未规定排除情形。' },
          items: [],
        },
        publicity: [],
      },
      typicalCases: {
        everyYears: 1,
        textZh: '每年组织开展典型案例遴选工作，择优确定典型案例，纳入盟典型案例集并宣传推广',
        citation: { article: '第12条', uncertain: false, silent: false, noteZh: null },
        steps: [
          {
            code: 'RECOMMEND',
            actor: 'SUBJECT',
            to: 'COMMITTEE_OFFICE',
            actionZh: '各旗县市（区）总结“两山”转化模式，推荐至盟生态环境保护委员会办公室',
            deadline: null,
            citation: { article: '第13条', uncertain: false, silent: false, noteZh: null },
          },
        ],
        criteria: [
          { code: 'MODEL_INNOVATION', textZh: '模式创新性', citation: { article: '第12条', uncertain: false, silent: false, noteZh: null } },
        ],
      },
    }
    const wrapper = await mountDetail(makeMe('COUNTY_GOVERNMENT'), xilingolLike)
    const cases = wrapper.get('[data-testid="regulation-typical-cases"]').text()
    expect(cases).toContain('每年组织一次')
    expect(cases).toContain('第12条')
    expect(cases).toContain('模式创新性')
    expect(row(wrapper, 'typical-steps', '推荐至盟生态环境保护委员会办公室')).toContain('委员会办公室')
    const exclusions = wrapper.get('[data-testid="application-exclusions"]').text()
    expect(exclusions).toContain('规程未规定')
    expect(exclusions).toContain('本规程未规定排除情形。')
    expect(exclusions).not.toContain('近')
    expect(wrapper.text()).toContain('规程未规定公示。')
  })

  it('labels a draft 草案，未正式印发 and says so above the rules', async () => {
    const wrapper = await mountDetail(makeMe('COUNTY_GOVERNMENT'), { ...fixture, status: 'DRAFT' })
    expect(wrapper.get('[data-testid="regulation-status"]').text()).toBe('草案，未正式印发')
    expect(wrapper.get('[data-testid="regulation-draft-notice"]').text()).toContain('未正式印发')
  })

  it('says so when the regulation is not visible (404)', async () => {
    vi.mocked(regionApi.getRegion).mockResolvedValue({ code: '152500', name: '锡林郭勒盟' } as RegionDetail)
    const app = createTestApp(null)
    vi.mocked(regulationApi.getRegulation).mockRejectedValue(
      new ApiError({ status: 404, code: 'not-found', title: null, detail: 'none', fieldErrors: {} }),
    )
    await app.router.push({ name: 'regulation', params: { code: 'XL-TWOMTN' } })
    const wrapper = mount(RegulationDetailView, { global: { plugins: app.plugins } })
    await settle()
    await flushPromises()
    expect(wrapper.find('[data-testid="regulation-not-found"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="regulation-title-zh"]').exists()).toBe(false)
  })

  it('shows the supervision after the title: 满N年, the due day, the check steps, the enforcement periods and the grades', async () => {
    const cite = (article: string | null, note: string | null = null) => ({
      article,
      uncertain: note !== null,
      silent: article === null,
      noteZh: note,
    })
    const step = (code: string, actor: string, actionZh: string) => ({
      code,
      kind: 'DECIDE',
      actor,
      to: null,
      actionZh,
      deadline: null,
      citation: cite('第十九条'),
      returnTo: 'PREVIOUS',
      organizationKind: null,
      appointed: false,
      alsoActors: [],
      requires: [],
    })
    const checkSteps = [step('CHECK', 'PROVINCE_DEPARTMENT', '组织现场核查，形成核查结论')]
    const regulation = {
      ...fixture,
      application: {
        ...fixture.application!,
        review: {
          ...fixture.application!.review!,
          grading: {
            bands: [
              { code: 'EXCELLENT', nameZh: '优秀', minScore: 90 },
              { code: 'FAIL', nameZh: '不合格', minScore: 0 },
            ],
            citation: cite(null, '第10条未规定等次。'),
          },
        },
      },
      title: {
        ...fixture.title,
        anniversary: { rule: 'SAME_DATE_OR_MONTH_END', textZh: '满N年：2月29日取2月28日', citation: cite('第十九条', '民法典第二百零二条') },
        checks: [
          {
            code: 'ANNUAL_PROGRESS',
            kind: 'ANNUAL_REPORT',
            by: 'SUBJECT',
            to: 'PREFECTURE_ECOLOGY_BUREAU',
            afterYears: null,
            everyYears: 1,
            textZh: '报送年度工作进展',
            citation: cite('第十七条'),
            due: { monthDay: '--03-31', citation: cite(null, '规程未规定报送日期。') },
            paths: [],
          },
          {
            code: 'SITE_CHECK_2Y',
            kind: 'SITE_CHECK',
            by: 'PROVINCE_DEPARTMENT',
            to: null,
            afterYears: 2,
            everyYears: null,
            textZh: '现场核查',
            citation: cite('第十九条'),
            due: null,
            paths: ['PROVINCE', 'PREFECTURE', 'COUNTY'].map((subjectLevel) => ({ subjectLevel, steps: checkSteps })),
          },
        ],
        enforcement: {
          proposal: [step('DECIDE', 'PROVINCE_DEPARTMENT', '决定处理')],
          rectificationOrder: {
            by: 'PROVINCE_DEPARTMENT',
            textZh: '督促整改',
            period: { suggestedWorkingDays: 60, citation: cite(null, '未规定整改期限。') },
            citation: cite('第十八条'),
          },
          rectification: [step('RECTIFY', 'SUBJECT', '提交整改情况报告')],
          warning: {
            by: 'MINISTRY',
            textZh: '警告',
            period: { suggestedWorkingDays: 30, citation: cite(null, '未规定。') },
            citation: cite(null, '依国家规程。'),
          },
          revocation: { by: 'MINISTRY', textZh: '撤销称号', period: null, citation: cite(null, '依国家规程。') },
        },
        duties: [{ code: 'REWARD', by: 'PROVINCE_DEPARTMENT', textZh: '给予资金奖励', citation: cite('第二十条') }],
      },
    } as unknown as Regulation
    const wrapper = await mountDetail(null, regulation)
    expect(wrapper.get('[data-testid="title-anniversary"]').text()).toContain('2月29日取2月28日')
    expect(row(wrapper, 'title-checks', '报送年度工作进展')).toContain('每年3月31日')
    // the same steps at every level show once
    expect(wrapper.findAll('[data-testid^="check-steps-SITE_CHECK_2Y"]')).toHaveLength(1)
    expect(row(wrapper, 'check-steps-SITE_CHECK_2Y-ALL', '组织现场核查')).toContain('第十九条')
    expect(row(wrapper, 'title-enforcement', '限期整改')).toContain('60个工作日（建议值）')
    expect(row(wrapper, 'title-enforcement', '撤销称号')).toContain('生态环境部')
    expect(wrapper.get('[data-testid="title-duties"]').text()).toContain('给予资金奖励')
    expect(wrapper.get('[data-testid="review-grading"]').text()).toContain('优秀：90分及以上')
  })
})
