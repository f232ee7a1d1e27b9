import type { RouteRecordRaw } from 'vue-router'
import { ADMIN_ROLES, type Role } from '@/api/types'
import type { Feature } from '@/router/access'
import { PUBLISHER_ROLES, REPORTING_ROLES } from '@/utils/subjectRoles'
import { DOSSIER_RECEIVER_ROLES, DOSSIER_SUBJECT_ROLES, OVERVIEW_ROLES, ROUND_ROLES } from '@/views/dossier/dossierLogic'
import { ROUND_OVERVIEW_ROLES, TITLE_LIST_ROLES } from '@/views/title/titleLogic'
import { OPINION_ROLES } from '@/views/opinion/opinionLogic'
import { CHECK_READER_ROLES, SETTINGS_ROLES } from '@/views/supervision/supervisionLogic'
import { GRADING_ROLES } from '@/views/grading/gradingLogic'
import { BIM_ROLES, BIM_SENDER_ROLES, REPORT_ROLES } from '@/views/report/reportLogic'
import { BIM_EDITION } from '@/views/indicator/progressLogic'
import { REWARD_LIST_ROLES } from '@/views/reward/rewardLogic'
import { CASE_LIST_ROLES, CASE_RECOMMENDER_ROLES } from '@/views/cases/casesLogic'

/** The bodies that publicise and investigate (issue 12 §3): the department, the municipal bureau and government. */
const PUBLICITY_ROLES: Role[] = ['PROVINCE_STAFF', 'PREFECTURE_STAFF', 'PREFECTURE_GOVERNMENT']

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title and menu label. */
    title?: string
    /** Reachable without logging in. */
    public?: boolean
    /** Only these roles may open the page (and see it in the menu); absent = every logged-in user. */
    roles?: Role[]
    /** Keep the page out of the side menu. */
    hideInMenu?: boolean
    /** i18n key of the side-menu group the page is listed under (consecutive pages of one group form it). */
    menuGroup?: string
    /** For a page kept out of the menu: the menu path to highlight while it is open. */
    activeMenu?: string
    /** Listed in the menu only where the regulation data make it apply (stores/features.ts). */
    feature?: Feature
    /** A page about one edition (ADR 0038): listed in the menu only for users the edition is offered to. */
    edition?: string
  }
}

/** Roles that work with construction units (docs/api.md, menu table). */
export const CONSTRUCTION_UNIT_ROLES: Role[] = [
  'PROVINCE_STAFF',
  'PREFECTURE_STAFF',
  'PREFECTURE_GOVERNMENT',
  'COUNTY_GOVERNMENT',
  'CONSTRUCTION_SUBJECT',
  'COMMITTEE_OFFICE',
]

/**
 * Roles that enter indicator values, or confirm them (docs/api.md, Indicators); the division
 * reviewer confirms a province's own year on this page.
 */
export const INDICATOR_ENTRY_ROLES: Role[] = [...REPORTING_ROLES, 'DIVISION_REVIEWER']

/** Roles that confirm or return indicator values: staff above a region, a division reviewer a province's own year. */
export const INDICATOR_APPROVER_ROLES: Role[] = ['PREFECTURE_STAFF', 'PROVINCE_STAFF', 'DIVISION_REVIEWER']

/** Roles that create, complete and publish editions of indicator systems (the province department). */
export const EDITION_EDITOR_ROLES: Role[] = ['PROVINCE_STAFF']

/** Roles with deadlines to meet or supervise: every role but the three administrators. */
export const DEADLINE_ROLES: Role[] = [
  'PROVINCE_STAFF',
  'DIVISION_REVIEWER',
  'PREFECTURE_STAFF',
  'PREFECTURE_GOVERNMENT',
  'COUNTY_GOVERNMENT',
  'CONSTRUCTION_SUBJECT',
  'COMMITTEE_OFFICE',
  'EXPERT',
]

/**
 * Roles that work with plans: every role of the procedure but the expert, who reads no plan until the
 * review assigns one (issue 8); the administrators read no business data (三员分立).
 */
export const PLAN_ROLES: Role[] = DEADLINE_ROLES.filter((role) => role !== 'EXPERT')

/**
 * Roles that read evaluations and progress toward targets: the back end's {@code Access.BusinessStaff}
 * (the expert reads no value outside a review, the administrators no business data, 三员分立).
 */
export const BUSINESS_STAFF_ROLES: Role[] = DEADLINE_ROLES.filter((role) => role !== 'EXPERT')

/**
 * The candidate pool (issue 9 §2): province and prefecture staff keep it, counties read their own
 * candidacies (the server answers within each user's scope).
 */
export const CANDIDACY_ROLES: Role[] = ['PROVINCE_STAFF', 'PREFECTURE_STAFF', 'COUNTY_GOVERNMENT']

/**
 * The registers (issue 11 §1): province and prefecture staff keep them, counties read their own
 * region's confirmed records (the server answers within each user's scope).
 */
export const REGISTER_ROLES: Role[] = ['PROVINCE_STAFF', 'PREFECTURE_STAFF', 'COUNTY_GOVERNMENT']

/** Subjects who publish to their own public column (IM eco-civ art. 8; docs/api.md, Public column). */
export const COLUMN_PUBLISHER_ROLES: Role[] = [...PUBLISHER_ROLES]

/**
 * Who approves column items before they go public (先审后发, issue 14 §7; ADR 0046): a colleague of the
 * drafter's organization, the government of the region, the league's government or bureau, the department.
 */
export const COLUMN_APPROVER_ROLES: Role[] = [...PUBLISHER_ROLES, 'PREFECTURE_STAFF', 'PROVINCE_STAFF']

/** Roles that see annual work plans and the key project library (subjects, the bodies above them, the committee office). */
export const WORK_PLAN_ROLES: Role[] = [
  'COUNTY_GOVERNMENT',
  'PREFECTURE_GOVERNMENT',
  'PREFECTURE_STAFF',
  'COMMITTEE_OFFICE',
  'PROVINCE_STAFF',
  'DIVISION_REVIEWER',
]

/**
 * The application dossier (issue 11 §3–4): the subjects keep theirs, the bodies above them receive
 * and read those in scope (the server answers within each user's scope).
 */
export const DOSSIER_ROLES: Role[] = [...DOSSIER_SUBJECT_ROLES, ...DOSSIER_RECEIVER_ROLES]

/** The pages inside the main layout; the side menu is built from these. */
export const layoutChildren: RouteRecordRaw[] = [
  {
    path: 'home',
    name: 'home',
    component: () => import('@/views/dashboard/HomeView.vue'),
    meta: { title: 'menu.home' },
  },
  {
    path: 'regions',
    name: 'regions',
    component: () => import('@/views/region/RegionBrowserView.vue'),
    meta: { title: 'menu.regions', public: true },
  },
  {
    path: 'inbox',
    name: 'inbox',
    component: () => import('@/views/procedure/InboxView.vue'),
    meta: { title: 'menu.inbox', roles: BUSINESS_STAFF_ROLES },
  },
  {
    path: 'deadlines',
    name: 'deadlines',
    component: () => import('@/views/deadline/DeadlineListView.vue'),
    meta: { title: 'menu.deadlines', roles: DEADLINE_ROLES },
  },
  {
    path: 'regulations',
    name: 'regulations',
    component: () => import('@/views/regulation/RegulationListView.vue'),
    meta: { title: 'menu.regulations', public: true },
  },
  {
    path: 'regulations/:code',
    name: 'regulation',
    component: () => import('@/views/regulation/RegulationDetailView.vue'),
    meta: { title: 'menu.regulations', public: true, hideInMenu: true, activeMenu: '/regulations' },
  },
  {
    path: 'construction-units',
    name: 'construction-units',
    component: () => import('@/views/region/ConstructionUnitView.vue'),
    meta: { title: 'menu.constructionUnits', roles: CONSTRUCTION_UNIT_ROLES },
  },
  {
    path: 'plans',
    name: 'plans',
    component: () => import('@/views/plan/PlanListView.vue'),
    meta: { title: 'menu.plans', roles: PLAN_ROLES },
  },
  {
    path: 'plans/:id',
    name: 'plan',
    component: () => import('@/views/plan/PlanDetailView.vue'),
    meta: { title: 'plan.listTitle', roles: PLAN_ROLES, hideInMenu: true, activeMenu: '/plans' },
  },
  {
    path: 'column-items',
    name: 'column-items',
    component: () => import('@/views/portal/ColumnItemsView.vue'),
    meta: { title: 'menu.columnItems', roles: COLUMN_PUBLISHER_ROLES },
  },
  {
    path: 'column-items/review',
    name: 'column-review',
    component: () => import('@/views/portal/ColumnReviewView.vue'),
    meta: { title: 'portal.reviewTitle', roles: COLUMN_APPROVER_ROLES },
  },
  {
    path: 'users',
    name: 'users',
    component: () => import('@/views/identity/UserAdminView.vue'),
    meta: { title: 'menu.users', roles: ['SYSTEM_ADMIN'] },
  },
  {
    path: 'organizations',
    name: 'organizations',
    component: () => import('@/views/identity/OrganizationAdminView.vue'),
    meta: { title: 'menu.organizations', roles: ['SYSTEM_ADMIN'] },
  },
  {
    path: 'calendar',
    name: 'calendar',
    component: () => import('@/views/calendar/CalendarAdminView.vue'),
    meta: { title: 'menu.calendar', roles: ['SYSTEM_ADMIN'] },
  },
  {
    path: 'account-security',
    name: 'account-security',
    component: () => import('@/views/identity/AccountSecurityView.vue'),
    meta: { title: 'menu.accountSecurity', roles: ['SECURITY_ADMIN'] },
  },
  {
    path: 'security-settings',
    name: 'security-settings',
    component: () => import('@/views/identity/SecuritySettingsView.vue'),
    meta: { title: 'menu.securitySettings', roles: ['SECURITY_ADMIN'] },
  },
  {
    path: 'admin-replacements',
    name: 'admin-replacements',
    component: () => import('@/views/identity/AdminReplacementView.vue'),
    meta: { title: 'menu.adminReplacements', roles: [...ADMIN_ROLES] },
  },
  {
    path: 'audit',
    name: 'audit',
    component: () => import('@/views/audit/AuditLogView.vue'),
    meta: { title: 'menu.audit', roles: ['AUDIT_ADMIN'] },
  },
  {
    path: 'indicator-entry',
    name: 'indicator-entry',
    component: () => import('@/views/indicator/IndicatorEntryView.vue'),
    meta: { title: 'menu.indicatorEntry', roles: INDICATOR_ENTRY_ROLES, menuGroup: 'menu.indicatorGroup' },
  },
  {
    path: 'indicator-inbox',
    name: 'indicator-inbox',
    component: () => import('@/views/indicator/IndicatorInboxView.vue'),
    meta: { title: 'menu.indicatorInbox', roles: INDICATOR_APPROVER_ROLES, menuGroup: 'menu.indicatorGroup' },
  },
  {
    // issue 14 §2: the league's overview of its counties' years, with 催报 and batch confirmation
    path: 'indicator-overview',
    name: 'indicator-overview',
    component: () => import('@/views/indicator/IndicatorOverviewView.vue'),
    meta: {
      title: 'indicatorReview.overviewMenu',
      roles: ['PREFECTURE_STAFF', 'PREFECTURE_GOVERNMENT', 'PROVINCE_STAFF'],
      menuGroup: 'menu.indicatorGroup',
    },
  },
  {
    path: 'indicator-scorecard',
    name: 'indicator-scorecard',
    component: () => import('@/views/indicator/ScorecardView.vue'),
    meta: { title: 'menu.indicatorScorecard', roles: BUSINESS_STAFF_ROLES, menuGroup: 'menu.indicatorGroup' },
  },
  {
    path: 'indicator-progress',
    name: 'indicator-progress',
    component: () => import('@/views/indicator/ProgressDashboardView.vue'),
    meta: {
      title: 'progress.menuTitle',
      roles: BUSINESS_STAFF_ROLES,
      menuGroup: 'menu.indicatorGroup',
      edition: BIM_EDITION,
    },
  },
  {
    path: 'indicator/editions',
    name: 'indicator-editions',
    component: () => import('@/views/indicator/EditionListView.vue'),
    meta: { title: 'menu.indicatorEditions', roles: EDITION_EDITOR_ROLES, menuGroup: 'menu.indicatorGroup' },
  },
  {
    path: 'indicator/editions/:code',
    name: 'indicator-edition',
    component: () => import('@/views/indicator/EditionEditorView.vue'),
    meta: {
      title: 'edition.editorTitle',
      roles: EDITION_EDITOR_ROLES,
      hideInMenu: true,
      activeMenu: '/indicator/editions',
    },
  },
  {
    path: 'work-plans',
    name: 'work-plans',
    component: () => import('@/views/workplan/WorkPlanListView.vue'),
    meta: { title: 'menu.workPlans', roles: WORK_PLAN_ROLES, menuGroup: 'menu.planGroup' },
  },
  {
    path: 'key-projects',
    name: 'key-projects',
    component: () => import('@/views/project/KeyProjectLibraryView.vue'),
    meta: { title: 'menu.keyProjects', roles: WORK_PLAN_ROLES, menuGroup: 'menu.planGroup' },
  },
  {
    path: 'candidacies',
    name: 'candidacies',
    component: () => import('@/views/candidacy/CandidacyPoolView.vue'),
    meta: { title: 'candidacy.menuTitle', roles: CANDIDACY_ROLES, menuGroup: 'menu.planGroup' },
  },
  {
    path: 'dossiers',
    name: 'dossiers',
    component: () => import('@/views/dossier/DossierListView.vue'),
    meta: { title: 'dossier.menuTitle', roles: DOSSIER_ROLES, menuGroup: 'dossier.menuGroup' },
  },
  {
    path: 'dossiers/:id',
    name: 'dossier',
    component: () => import('@/views/dossier/DossierView.vue'),
    meta: { title: 'dossier.menuTitle', roles: DOSSIER_ROLES, hideInMenu: true, activeMenu: '/dossiers' },
  },
  {
    path: 'dossier-overview',
    name: 'dossier-overview',
    component: () => import('@/views/dossier/ExclusionOverviewView.vue'),
    meta: { title: 'dossierOverview.menuTitle', roles: OVERVIEW_ROLES, menuGroup: 'dossier.menuGroup' },
  },
  {
    path: 'application-rounds',
    name: 'application-rounds',
    component: () => import('@/views/dossier/RoundListView.vue'),
    meta: { title: 'dossier.roundsTitle', roles: ROUND_ROLES, menuGroup: 'dossier.menuGroup' },
  },
  // opinions (issue 12 §4, module opinion): the round's opinions and one opinion's editor
  {
    path: 'opinions',
    name: 'opinions',
    component: () => import('@/views/opinion/OpinionListView.vue'),
    meta: { title: 'opinion.menuTitle', roles: OPINION_ROLES, menuGroup: 'dossier.menuGroup' },
  },
  {
    path: 'opinions/:id',
    name: 'opinion',
    component: () => import('@/views/opinion/OpinionEditorView.vue'),
    meta: { title: 'opinion.menuTitle', roles: OPINION_ROLES, hideInMenu: true, activeMenu: '/opinions' },
  },
  // publicity (issue 12 §3): the publicising bodies' notices, the investigators' complaints, the province's deadline
  {
    path: 'publicity/notices',
    name: 'publicity-notices',
    component: () => import('@/views/publicity/NoticeListView.vue'),
    meta: { title: 'publicity.staff.noticesTitle', roles: PUBLICITY_ROLES, menuGroup: 'dossier.menuGroup' },
  },
  {
    path: 'publicity/notices/new',
    name: 'publicity-notice-new',
    component: () => import('@/views/publicity/NoticeEditorView.vue'),
    meta: { title: 'publicity.staff.newNotice', roles: PUBLICITY_ROLES, hideInMenu: true, activeMenu: '/publicity/notices' },
  },
  {
    path: 'publicity/notices/:id',
    name: 'publicity-notice',
    component: () => import('@/views/publicity/NoticeEditorView.vue'),
    meta: { title: 'publicity.staff.noticesTitle', roles: PUBLICITY_ROLES, hideInMenu: true, activeMenu: '/publicity/notices' },
  },
  {
    path: 'publicity/complaints/:id?',
    name: 'publicity-complaints',
    component: () => import('@/views/publicity/ComplaintListView.vue'),
    meta: { title: 'publicity.staff.complaintsTitle', roles: PUBLICITY_ROLES, menuGroup: 'dossier.menuGroup' },
  },
  {
    path: 'publicity/settings',
    name: 'publicity-settings',
    component: () => import('@/views/publicity/PublicitySettingsView.vue'),
    meta: { title: 'publicity.settings.title', roles: ['PROVINCE_STAFF'], menuGroup: 'dossier.menuGroup' },
  },
  // expert review (issue 12 §2): the province keeps the pool and runs panels; experts score privately
  {
    path: 'expert-pool',
    name: 'expert-pool',
    component: () => import('@/views/review/ExpertPoolView.vue'),
    meta: { title: 'review.menuPool', roles: ['PROVINCE_STAFF', 'COMMITTEE_OFFICE'], menuGroup: 'dossier.menuGroup' },
  },
  {
    path: 'review-panels',
    name: 'review-panels',
    component: () => import('@/views/review/PanelsView.vue'),
    meta: { title: 'review.menuPanels', roles: ['PROVINCE_STAFF', 'COMMITTEE_OFFICE'], menuGroup: 'dossier.menuGroup' },
  },
  // Xilingol's graded annual evaluation (issue 13 §4, module grading): the committee office grades, the league's staff and the banners read
  {
    path: 'annual-evaluations',
    name: 'annual-evaluations',
    component: () => import('@/views/grading/AnnualEvaluationView.vue'),
    meta: { title: 'grading.menuTitle', roles: GRADING_ROLES, menuGroup: 'dossier.menuGroup', feature: 'grading' },
  },
  {
    path: 'my-reviews',
    name: 'my-reviews',
    component: () => import('@/views/review/MyReviewsView.vue'),
    meta: { title: 'review.menuMine', roles: ['EXPERT'] },
  },
  {
    path: 'my-reviews/:panelId/:dossierId',
    name: 'review-scoring',
    component: () => import('@/views/review/ScoringView.vue'),
    meta: { title: 'review.menuMine', roles: ['EXPERT'], hideInMenu: true, activeMenu: '/my-reviews' },
  },
  // title (issue 12 §5–6): the round overview (naming from there), the titles
  {
    path: 'round-overview',
    name: 'round-overview',
    component: () => import('@/views/title/RoundOverviewView.vue'),
    meta: { title: 'title.overview.menuTitle', roles: ROUND_OVERVIEW_ROLES, menuGroup: 'dossier.menuGroup' },
  },
  {
    path: 'titles',
    name: 'titles',
    component: () => import('@/views/title/TitleListView.vue'),
    meta: { title: 'title.list.menuTitle', roles: TITLE_LIST_ROLES, menuGroup: 'dossier.menuGroup' },
  },
  {
    // /registers/INCIDENT/41 opens that register's tab and the record (links from the exclusions panel)
    path: 'registers/:kind?/:id?',
    name: 'registers',
    component: () => import('@/views/registry/RegisterListView.vue'),
    meta: { title: 'registry.menuTitle', roles: REGISTER_ROLES, menuGroup: 'menu.registryGroup' },
  },
  {
    path: 'exclusions',
    name: 'exclusions',
    component: () => import('@/views/registry/ExclusionPreviewView.vue'),
    meta: {
      title: 'exclusions.previewTitle',
      roles: ['PROVINCE_STAFF', 'PREFECTURE_STAFF', 'PREFECTURE_GOVERNMENT', 'COUNTY_GOVERNMENT'],
      menuGroup: 'menu.registryGroup',
    },
  },
  {
    path: 'exclusion-settings',
    name: 'exclusion-settings',
    component: () => import('@/views/registry/ExclusionSettingsView.vue'),
    meta: { title: 'exclusionSettings.menuTitle', roles: ['PROVINCE_STAFF'], menuGroup: 'menu.registryGroup' },
  },
  // typical cases (issue 13 §5): the list, the form, the case page
  {
    path: 'cases',
    name: 'cases',
    component: () => import('@/views/cases/CaseListView.vue'),
    meta: { title: 'cases.menuTitle', roles: [...CASE_LIST_ROLES, 'EXPERT'] },
  },
  {
    path: 'cases/new',
    name: 'case-new',
    component: () => import('@/views/cases/CaseFormView.vue'),
    meta: { title: 'cases.form.newTitle', roles: [...CASE_RECOMMENDER_ROLES], hideInMenu: true, activeMenu: '/cases' },
  },
  {
    path: 'cases/:id/edit',
    name: 'case-edit',
    component: () => import('@/views/cases/CaseFormView.vue'),
    meta: { title: 'cases.form.editTitle', roles: [...CASE_RECOMMENDER_ROLES], hideInMenu: true, activeMenu: '/cases' },
  },
  {
    path: 'cases/:id',
    name: 'case',
    component: () => import('@/views/cases/CaseDetailView.vue'),
    meta: { title: 'cases.title', roles: [...CASE_LIST_ROLES, 'EXPERT'], hideInMenu: true, activeMenu: '/cases' },
  },
  // supervision (issue 13 §2): the on-site checks and post-evaluations, one check, the province's timing
  {
    path: 'supervision/checks',
    name: 'supervision-checks',
    component: () => import('@/views/supervision/CheckListView.vue'),
    meta: { title: 'supervision.listMenu', roles: CHECK_READER_ROLES, menuGroup: 'report.menuGroup' },
  },
  {
    path: 'supervision/checks/:id',
    name: 'supervision-check',
    component: () => import('@/views/supervision/CheckDetailView.vue'),
    meta: { title: 'supervision.listMenu', roles: CHECK_READER_ROLES, hideInMenu: true, activeMenu: '/supervision/checks' },
  },
  {
    path: 'supervision/settings',
    name: 'supervision-settings',
    component: () => import('@/views/supervision/SupervisionSettingsView.vue'),
    meta: { title: 'supervision.settingsMenu', roles: SETTINGS_ROLES, menuGroup: 'report.menuGroup' },
  },
  // report (issue 13 §1): annual reports, the province's due days, the Beautiful Inner Mongolia consolidation
  {
    path: 'annual-reports',
    name: 'annual-reports',
    component: () => import('@/views/report/ReportListView.vue'),
    meta: { title: 'report.menuTitle', roles: REPORT_ROLES, menuGroup: 'report.menuGroup' },
  },
  {
    path: 'annual-reports/:id',
    name: 'annual-report',
    component: () => import('@/views/report/ReportView.vue'),
    meta: { title: 'report.menuTitle', roles: REPORT_ROLES, hideInMenu: true, activeMenu: '/annual-reports' },
  },
  {
    path: 'report-settings',
    name: 'report-settings',
    component: () => import('@/views/report/ReportSettingsView.vue'),
    meta: { title: 'report.settings.menuTitle', roles: ['PROVINCE_STAFF'], menuGroup: 'report.menuGroup' },
  },
  {
    path: 'beautiful-im',
    name: 'beautiful-im',
    component: () => import('@/views/report/BeautifulImView.vue'),
    meta: { title: 'report.bim.menuTitle', roles: BIM_ROLES, menuGroup: 'report.menuGroup', edition: BIM_EDITION },
  },
  // a league government's own Beautiful Inner Mongolia written report (004 art. 41; s14)
  {
    path: 'beautiful-im/own',
    name: 'beautiful-im-own',
    component: () => import('@/views/report/BeautifulImOwnView.vue'),
    meta: { title: 'report.bim.own.menuTitle', roles: BIM_SENDER_ROLES, menuGroup: 'report.menuGroup', feature: 'bimSender' },
  },
  {
    path: 'forbidden',
    name: 'forbidden',
    component: () => import('@/views/error/ForbiddenView.vue'),
    meta: { title: 'forbidden.title', hideInMenu: true },
  },
  // enforcement (issue 13 §3): 整改与处理 — proposals decided by the department, rectifications
  {
    path: 'enforcement/proposals',
    name: 'enforcement-proposals',
    component: () => import('@/views/enforcement/ProposalListView.vue'),
    meta: { title: 'enforcement.proposals.title', roles: ['PROVINCE_STAFF', 'PREFECTURE_STAFF'], menuGroup: 'report.menuGroup' },
  },
  {
    path: 'enforcement/proposals/:id',
    name: 'enforcement-proposal',
    component: () => import('@/views/enforcement/ProposalDetailView.vue'),
    meta: { title: 'enforcement.proposals.title', roles: ['PROVINCE_STAFF', 'PREFECTURE_STAFF'], hideInMenu: true },
  },
  {
    path: 'enforcement/rectifications',
    name: 'enforcement-rectifications',
    component: () => import('@/views/enforcement/RectificationListView.vue'),
    meta: {
      title: 'enforcement.rectifications.title',
      roles: ['PROVINCE_STAFF', 'PREFECTURE_STAFF', 'PREFECTURE_GOVERNMENT', 'COUNTY_GOVERNMENT', 'CONSTRUCTION_SUBJECT'],
      menuGroup: 'report.menuGroup',
    },
  },
  {
    path: 'enforcement/rectifications/:id',
    name: 'enforcement-rectification',
    component: () => import('@/views/enforcement/RectificationDetailView.vue'),
    meta: {
      title: 'enforcement.rectifications.title',
      roles: ['PROVINCE_STAFF', 'PREFECTURE_STAFF', 'PREFECTURE_GOVERNMENT', 'COUNTY_GOVERNMENT', 'CONSTRUCTION_SUBJECT'],
      hideInMenu: true,
    },
  },
  // rewards (issue 13 §6, module reward): the province's list of rewards of titled areas, with export
  {
    path: 'rewards',
    name: 'rewards',
    component: () => import('@/views/reward/RewardListView.vue'),
    meta: { title: 'reward.list.menuTitle', roles: REWARD_LIST_ROLES, menuGroup: 'report.menuGroup' },
  },
]

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('@/views/login/LoginView.vue'),
    meta: { title: 'login.title', public: true },
  },
  {
    path: '/change-password',
    name: 'change-password',
    component: () => import('@/views/login/ChangePasswordView.vue'),
    meta: { title: 'password.title' },
  },
  {
    path: '/',
    name: 'layout',
    component: () => import('@/layouts/BasicLayout.vue'),
    redirect: { name: 'home' },
    children: layoutChildren,
  },
  // the public portal home (issue 14 §7, module portal; no login): what the public can read, in one place
  {
    path: '/public',
    name: 'public-home',
    component: () => import('@/views/portal/PublicHomeView.vue'),
    meta: { title: 'portalHome.title', public: true },
  },
  {
    path: '/public/titles',
    name: 'public-titles',
    component: () => import('@/views/title/PublicTitlesView.vue'),
    meta: { title: 'title.public.title', public: true },
  },
  {
    path: '/public/:region/:programme',
    name: 'public-column',
    component: () => import('@/views/portal/PublicColumnView.vue'),
    meta: { title: 'menu.columnItems', public: true },
  },
  // publicity (issue 12 §3): the public notice index, a notice with its complaint form, the tracking page (no login)
  {
    path: '/public/notices',
    name: 'public-notices',
    component: () => import('@/views/publicity/PublicNoticeIndexView.vue'),
    meta: { title: 'publicity.public.indexTitle', public: true },
  },
  {
    path: '/public/notices/:id',
    name: 'public-notice',
    component: () => import('@/views/publicity/PublicNoticeView.vue'),
    meta: { title: 'publicity.public.indexTitle', public: true },
  },
  {
    path: '/public/complaints/:tracking?',
    name: 'public-complaint',
    component: () => import('@/views/publicity/PublicTrackingView.vue'),
    meta: { title: 'publicity.tracking.title', public: true },
  },
  // the public progress page of a titled area (issue 13 §7, module portal; no login)
  {
    path: '/public/progress/:regionCode',
    name: 'public-progress',
    component: () => import('@/views/portal/PublicProgressView.vue'),
    meta: { title: 'publicProgress.title', public: true },
  },
  // typical cases (issue 13 §5): the public library and a published case (no login)
  {
    path: '/public/cases',
    name: 'public-cases',
    component: () => import('@/views/cases/PublicCasesView.vue'),
    meta: { title: 'cases.public.title', public: true },
  },
  {
    path: '/public/cases/:id',
    name: 'public-case',
    component: () => import('@/views/cases/PublicCaseView.vue'),
    meta: { title: 'cases.public.title', public: true },
  },
  // a plan's 办理单 and filing receipt for the browser's print (issue 14 §5): outside the layout, no menu
  {
    path: '/print/plans/:id/handling',
    name: 'plan-print-handling',
    component: () => import('@/views/plan/PlanPrintView.vue'),
    meta: { title: 'planPrint.handlingTitle', roles: PLAN_ROLES, hideInMenu: true },
  },
  {
    path: '/print/plans/:id/receipt',
    name: 'plan-print-receipt',
    component: () => import('@/views/plan/PlanPrintView.vue'),
    meta: { title: 'planPrint.receiptTitle', roles: PLAN_ROLES, hideInMenu: true },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/error/NotFoundView.vue'),
    meta: { title: 'notFound.title', public: true },
  },
]
