import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import PublicLayout from '@/components/PublicLayout.vue'
import { createTestApp } from './helpers'

enableAutoUnmount(afterEach)

function mountLayout(props: Record<string, unknown>, slots: Record<string, string> = {}) {
  const app = createTestApp(null)
  return mount(PublicLayout, {
    props: { testId: 'public-page', ...props },
    slots: { default: '<p class="content">正文</p>', ...slots },
    global: { plugins: app.plugins },
  })
}

describe('the frame of the public pages', () => {
  it('shows the platform name, the language switch and the way into the platform around the page', () => {
    const wrapper = mountLayout({})
    expect(wrapper.get('.public-header').text()).toContain('生态文明示范创建管理平台')
    expect(wrapper.get('[data-testid="public-to-platform"]').attributes('href')).toBe('/home')
    expect(wrapper.get('[data-testid="public-page"]').find('.content').text()).toBe('正文')
    expect(wrapper.get('[data-testid="public-page"]').classes()).not.toContain('narrow')
  })

  it('puts the page links in the header and leaves out the way into the platform when asked', () => {
    const wrapper = mountLayout(
      { platform: false, narrow: true },
      { start: '<a class="back">返回</a>', nav: '<a class="to-list">名录</a>' },
    )
    expect(wrapper.find('[data-testid="public-to-platform"]').exists()).toBe(false)
    expect(wrapper.get('.public-header .back').text()).toBe('返回')
    expect(wrapper.get('.public-header .to-list').text()).toBe('名录')
    expect(wrapper.find('.public-brand').exists()).toBe(false)
    expect(wrapper.get('[data-testid="public-page"]').classes()).toContain('narrow')
  })
})
