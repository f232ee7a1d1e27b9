import { describe, expect, it } from 'vitest'
import { buildMenu } from '@/router/access'
import { layoutChildren } from '@/router/routes'
import { ROLES, type Role } from '@/api/types'
import { i18n } from '@/locales'

function menuLabels(role: Role | null): string[] {
  return buildMenu(layoutChildren, role).map((item) => i18n.global.t(item.title))
}

describe('side menu filtered by role', () => {
  it('shows 用户管理, 机构管理 and 工作日历 to SYSTEM_ADMIN but not 审计日志', () => {
    const labels = menuLabels('SYSTEM_ADMIN')
    expect(labels).toEqual(expect.arrayContaining(['首页', '行政区划', '用户管理', '机构管理', '工作日历']))
    expect(labels).not.toContain('审计日志')
    expect(labels).not.toContain('账户安全')
  })

  it('does not show 用户管理 to AUDIT_ADMIN, who sees 审计日志', () => {
    const labels = menuLabels('AUDIT_ADMIN')
    expect(labels).not.toContain('用户管理')
    expect(labels).toContain('审计日志')
  })

  it('shows 审计日志 to AUDIT_ADMIN only', () => {
    const rolesWithAudit = ROLES.filter((role) => menuLabels(role).includes('审计日志'))
    expect(rolesWithAudit).toEqual(['AUDIT_ADMIN'])
    expect(menuLabels(null)).not.toContain('审计日志')
  })

  it('shows 账户安全 to SECURITY_ADMIN only', () => {
    expect(ROLES.filter((role) => menuLabels(role).includes('账户安全'))).toEqual(['SECURITY_ADMIN'])
  })

  it('shows 安全策略 to SECURITY_ADMIN only', () => {
    expect(ROLES.filter((role) => menuLabels(role).includes('安全策略'))).toEqual(['SECURITY_ADMIN'])
  })

  it('shows 管理员更换 to the three administrators only', () => {
    expect(ROLES.filter((role) => menuLabels(role).includes('管理员更换')).sort()).toEqual(
      ['AUDIT_ADMIN', 'SECURITY_ADMIN', 'SYSTEM_ADMIN'].sort(),
    )
    expect(menuLabels(null)).not.toContain('管理员更换')
  })

  it('shows the three administrators their own pages and no business page (三员分立)', () => {
    expect(menuLabels('SYSTEM_ADMIN')).toEqual(['首页', '行政区划', '创建管理规程', '用户管理', '机构管理', '工作日历', '管理员更换'])
    expect(menuLabels('SECURITY_ADMIN')).toEqual(['首页', '行政区划', '创建管理规程', '账户安全', '安全策略', '管理员更换'])
    expect(menuLabels('AUDIT_ADMIN')).toEqual(['首页', '行政区划', '创建管理规程', '管理员更换', '审计日志'])
  })

  it('shows 指标评估 and 美丽内蒙古目标进展 to the business staff only, neither to administrators nor experts', () => {
    for (const label of ['指标评估', '美丽内蒙古目标进展']) {
      const roles = ROLES.filter((role) => menuLabels(role).includes(label))
      expect(roles.sort()).toEqual(
        [
          'PROVINCE_STAFF',
          'DIVISION_REVIEWER',
          'PREFECTURE_STAFF',
          'PREFECTURE_GOVERNMENT',
          'COUNTY_GOVERNMENT',
          'CONSTRUCTION_SUBJECT',
          'COMMITTEE_OFFICE',
        ].sort(),
      )
    }
  })

  it('shows 建设单元 to province, prefecture, county, subject and committee roles only', () => {
    const rolesWithUnits = ROLES.filter((role) => menuLabels(role).includes('建设单元'))
    expect(rolesWithUnits.sort()).toEqual(
      [
        'PROVINCE_STAFF',
        'PREFECTURE_STAFF',
        'PREFECTURE_GOVERNMENT',
        'COUNTY_GOVERNMENT',
        'CONSTRUCTION_SUBJECT',
        'COMMITTEE_OFFICE',
      ].sort(),
    )
  })

  it('gives every logged-in role 首页 and 行政区划', () => {
    for (const role of ROLES) {
      expect(menuLabels(role).slice(0, 2)).toEqual(['首页', '行政区划'])
    }
  })

  it('shows an anonymous visitor only the public pages 行政区划 and 创建管理规程', () => {
    expect(menuLabels(null)).toEqual(['行政区划', '创建管理规程'])
  })

  it('gives every logged-in role 创建管理规程 and keeps the regulation detail out of the menu', () => {
    for (const role of ROLES) {
      expect(menuLabels(role)).toContain('创建管理规程')
      expect(buildMenu(layoutChildren, role).map((i) => i.name)).not.toContain('regulation')
    }
  })

  it('shows 创建工作专栏 to the subjects who publish to their public column only', () => {
    const roles = ROLES.filter((role) => menuLabels(role).includes('创建工作专栏'))
    expect(roles.sort()).toEqual(['CONSTRUCTION_SUBJECT', 'COUNTY_GOVERNMENT', 'PREFECTURE_GOVERNMENT'])
    expect(menuLabels(null)).not.toContain('创建工作专栏')
  })

  it('never lists the forbidden page and marks the region item with data-testid menu-regions', () => {
    const items = buildMenu(layoutChildren, 'SYSTEM_ADMIN')
    expect(items.map((i) => i.name)).not.toContain('forbidden')
    expect(items.find((i) => i.name === 'regions')).toMatchObject({ path: '/regions', testId: 'menu-regions' })
  })
})
