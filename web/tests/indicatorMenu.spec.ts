import { describe, expect, it } from 'vitest'
import { buildMenu, groupMenu } from '@/router/access'
import { layoutChildren } from '@/router/routes'
import { ROLES, type Role } from '@/api/types'
import { i18n } from '@/locales'

function menuLabels(role: Role | null): string[] {
  return buildMenu(layoutChildren, role).map((item) => i18n.global.t(item.title))
}

describe('indicator pages in the side menu', () => {
  it('shows 指标填报 to the subjects, the prefecture and province staff, the committee office and the division reviewer', () => {
    expect(ROLES.filter((role) => menuLabels(role).includes('指标填报')).sort()).toEqual(
      [
        'COUNTY_GOVERNMENT',
        'CONSTRUCTION_SUBJECT',
        'PREFECTURE_GOVERNMENT',
        'PREFECTURE_STAFF',
        'COMMITTEE_OFFICE',
        'PROVINCE_STAFF',
        'DIVISION_REVIEWER',
      ].sort(),
    )
  })

  it('shows 待确认 to prefecture and province staff and to the division reviewer (a province’s own year) only', () => {
    expect(ROLES.filter((role) => menuLabels(role).includes('待确认')).sort()).toEqual(
      ['DIVISION_REVIEWER', 'PREFECTURE_STAFF', 'PROVINCE_STAFF'].sort(),
    )
  })

  it('shows 指标评估 to every business role but the expert, and not to administrators or anonymous visitors', () => {
    expect(ROLES.filter((role) => !menuLabels(role).includes('指标评估')).sort()).toEqual(
      ['AUDIT_ADMIN', 'EXPERT', 'SECURITY_ADMIN', 'SYSTEM_ADMIN'].sort(),
    )
    expect(menuLabels(null)).not.toContain('指标评估')
  })

  it('shows 指标体系版本管理 to the province department only, and never the editor page itself', () => {
    expect(ROLES.filter((role) => menuLabels(role).includes('指标体系版本管理'))).toEqual(['PROVINCE_STAFF'])
    const items = buildMenu(layoutChildren, 'PROVINCE_STAFF')
    expect(items.find((i) => i.name === 'indicator-editions')).toMatchObject({
      path: '/indicator/editions',
      group: 'menu.indicatorGroup',
    })
    expect(items.map((i) => i.name)).not.toContain('indicator-edition')
  })

  it('gathers the indicator pages under one 指标管理 group and leaves the other pages ungrouped', () => {
    const sections = groupMenu(buildMenu(layoutChildren, 'PREFECTURE_STAFF'))
    const groups = sections.filter((s) => s.kind === 'group')
    // 指标管理, then 规划与计划 (annual work plans, key project library, candidate pool), then 申报管理
    // (dossiers, the exclusions overview, issue 12's pages), then 登记簿与不得申报情形 (registers,
    // exclusions preview), then 称号后管理 (issue 13: annual reports, the checks after the title, proposals and
    // rectifications in one group): each group once, its pages together
    expect(groups).toHaveLength(5)
    const after = groups[4]
    if (after?.kind !== 'group') throw new Error('no group after the title')
    expect(i18n.global.t(after.title)).toBe('称号后管理')
    expect(after.items.map((i) => i.testId)).toEqual(
      expect.arrayContaining(['menu-annual-reports', 'menu-enforcement-proposals', 'menu-enforcement-rectifications']),
    )
    const dossiers = groups[2]
    if (dossiers?.kind !== 'group') throw new Error('no dossier group')
    expect(i18n.global.t(dossiers.title)).toBe('申报管理')
    expect(dossiers.items.map((i) => i.testId)).toEqual([
      'menu-dossiers',
      'menu-dossier-overview',
      'menu-opinions',
      'menu-publicity-notices',
      'menu-publicity-complaints',
      'menu-annual-evaluations',
      'menu-round-overview',
      'menu-titles',
    ])
    const registry = groups[3]
    if (registry?.kind !== 'group') throw new Error('no registry group')
    expect(i18n.global.t(registry.title)).toBe('登记簿与不得申报情形')
    expect(registry.items.map((i) => i.testId)).toEqual(['menu-registers', 'menu-exclusions'])
    const plans = groups[1]
    if (plans?.kind !== 'group') throw new Error('no plan group')
    expect(i18n.global.t(plans.title)).toBe('规划与计划')
    expect(plans.items.map((i) => i.testId)).toEqual(['menu-work-plans', 'menu-key-projects', 'menu-candidacies'])
    const group = groups[0]
    if (group?.kind !== 'group') throw new Error('no group')
    expect(i18n.global.t(group.title)).toBe('指标管理')
    expect(group.items.map((i) => i.testId)).toEqual([
      'menu-indicator-entry',
      'menu-indicator-inbox',
      'menu-indicator-overview',
      'menu-indicator-scorecard',
      'menu-indicator-progress',
    ])
    expect(sections.filter((s) => s.kind === 'item').map((s) => (s.kind === 'item' ? s.item.name : ''))).toEqual([
      'home',
      'regions',
      'inbox',
      'deadlines',
      'regulations',
      'construction-units',
      'plans',
      'column-review', // 专栏信息审核 (issue 14 §7): the approvers of the public column's items
      'cases', // 典型案例 (issue 13 §5): Xilingol's areas hold no title, so the library stands on its own
    ])
  })

  it('starts a new group section when another page comes between members of a group', () => {
    const item = (name: string, group?: string) => ({ name, path: `/${name}`, title: name, testId: `menu-${name}`, group })
    const sections = groupMenu([item('a', 'g'), item('b'), item('c', 'g')])
    expect(sections.map((s) => s.kind)).toEqual(['group', 'item', 'group'])
  })
})
