import { createRouter, createWebHistory, type Router } from 'vue-router'
import { routes } from './routes'
import { resolveNavigation } from './access'
import { useUserStore } from '@/stores/user'
import { translate } from '@/locales'

export function installGuards(router: Router): void {
  router.beforeEach(async (to) => {
    const userStore = useUserStore()
    const me = await userStore.ensureLoaded()
    return resolveNavigation(to, me)
  })
  router.afterEach((to) => {
    updateDocumentTitle(to.meta.title)
  })
}

export function updateDocumentTitle(titleKey: string | undefined): void {
  const appTitle = translate('app.title')
  document.title = titleKey ? `${translate(titleKey)} - ${appTitle}` : appTitle
}

export function createAppRouter(): Router {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
  })
  installGuards(router)
  return router
}
