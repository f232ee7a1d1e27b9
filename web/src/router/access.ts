import type { RouteLocationRaw, RouteMeta, RouteRecordNameGeneric, RouteRecordRaw } from 'vue-router'
import type { Me, Role } from '@/api/types'

/** A page that applies only where the regulation data say so (see stores/features.ts). */
export type Feature = 'grading' | 'bimSender'

/** Whether a user with this role (null = anonymous) may open a page with this meta. */
export function canAccess(meta: RouteMeta, role: Role | null): boolean {
  if (meta.public) return true
  if (!role) return false
  return !meta.roles || meta.roles.includes(role)
}

export type GuardTarget = {
  name?: RouteRecordNameGeneric | null
  fullPath: string
  meta: RouteMeta
}

/**
 * The navigation rule: anonymous users may open only public pages (else → login, remembering
 * where they wanted to go); a user who must change the password is held on that page; a role
 * without access gets the forbidden page; a logged-in user has no business on the login page.
 */
export function resolveNavigation(to: GuardTarget, me: Me | null): true | RouteLocationRaw {
  if (to.name === 'login') {
    if (!me) return true
    return me.mustChangePassword ? { name: 'change-password' } : { name: 'home' }
  }
  if (!me) {
    return to.meta.public ? true : { name: 'login', query: { redirect: to.fullPath } }
  }
  if (me.mustChangePassword && to.name !== 'change-password') {
    return { name: 'change-password' }
  }
  if (!canAccess(to.meta, me.role)) {
    return { name: 'forbidden' }
  }
  return true
}

/** Only same-site paths are followed after login (no open redirect). */
export function safeRedirect(value: unknown): string | null {
  if (typeof value !== 'string') return null
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null
  if (value.startsWith('/login')) return null
  return value
}

export type MenuItem = {
  name: string
  path: string
  /** i18n key */
  title: string
  testId: string
  /** i18n key of the menu group, if the page belongs to one. */
  group?: string
}

/** A side-menu entry: a page, or a titled group of pages. */
export type MenuSection =
  | { kind: 'item'; item: MenuItem }
  | { kind: 'group'; title: string; items: MenuItem[] }

/**
 * The side menu for a role (null = anonymous): the layout pages this user may open. With {@code features}
 * given, a page that needs a feature (meta.feature) is listed only when the user's jurisdiction has it;
 * with `editions` (the codes offered to the user, ADR 0038) a page bound to an edition (`meta.edition`) is
 * listed only when that edition is among them; without either, by role alone.
 */
export function buildMenu(
  children: RouteRecordRaw[],
  role: Role | null,
  basePath = '/',
  features?: ReadonlySet<Feature>,
  editions?: readonly string[],
): MenuItem[] {
  return children
    .filter((route) => route.meta?.title && !route.meta.hideInMenu && canAccess(route.meta, role))
    .filter((route) => !features || !route.meta?.feature || features.has(route.meta.feature))
    .filter((route) => !editions || !route.meta?.edition || editions.includes(route.meta.edition))
    .map((route) => {
      const name = String(route.name ?? route.path)
      return {
        name,
        path: route.path.startsWith('/') ? route.path : `${basePath}${route.path}`,
        title: route.meta?.title ?? name,
        testId: `menu-${name}`,
        ...(route.meta?.menuGroup ? { group: route.meta.menuGroup } : {}),
      }
    })
}

/** Puts consecutive items of the same group under one group title; other items stay as they are. */
export function groupMenu(items: MenuItem[]): MenuSection[] {
  const sections: MenuSection[] = []
  for (const item of items) {
    const last = sections[sections.length - 1]
    if (!item.group) {
      sections.push({ kind: 'item', item })
    } else if (last?.kind === 'group' && last.title === item.group) {
      last.items.push(item)
    } else {
      sections.push({ kind: 'group', title: item.group, items: [item] })
    }
  }
  return sections
}
