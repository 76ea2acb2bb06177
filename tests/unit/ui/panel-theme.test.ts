// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { followPageTheme, pageTheme, THEME_ATTRIBUTE } from '../../../src/content/panel/theme';

afterEach(() => {
  document.documentElement.className = '';
  document.body.replaceChildren();
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('panel theme', () => {
  it('reads html.theme--dark (Ember pages), and nothing when LinkedIn marks no theme', () => {
    const host = document.body.appendChild(document.createElement('div'));
    expect(pageTheme(host).theme).toBeUndefined();
    document.documentElement.className = 'theme theme--dark';
    expect(pageTheme(host).theme).toBe('dark');
  });

  it('lets the nearest mark win, across the interop outlet’s shadow root', () => {
    document.documentElement.className = 'theme--light';
    const outlet = document.body.appendChild(document.createElement('div'));
    const wrapper = document.createElement('div');
    wrapper.className = 'theme--dark';
    outlet.attachShadow({ mode: 'open' }).append(wrapper);
    const host = wrapper.appendChild(document.createElement('div'));
    expect(pageTheme(host)).toEqual({ theme: 'dark', marked: wrapper });
  });

  it('follows a class change on the marked wrapper', async () => {
    const wrapper = document.body.appendChild(document.createElement('div'));
    wrapper.className = 'theme--light';
    const host = wrapper.appendChild(document.createElement('div'));
    followPageTheme(host, new AbortController().signal);
    await tick();
    expect(host.getAttribute(THEME_ATTRIBUTE)).toBe('light');
    wrapper.className = 'theme--dark';
    await tick();
    expect(host.getAttribute(THEME_ATTRIBUTE)).toBe('dark');
  });

  it('marks the host once inserted, follows changes, and stops when aborted', async () => {
    const abort = new AbortController();
    const host = document.createElement('div');
    followPageTheme(host, abort.signal);
    document.body.append(host);
    await tick();
    expect(host.hasAttribute(THEME_ATTRIBUTE)).toBe(false);
    document.documentElement.className = 'theme--dark';
    await tick();
    expect(host.getAttribute(THEME_ATTRIBUTE)).toBe('dark');
    document.documentElement.className = 'theme--light';
    await tick();
    expect(host.getAttribute(THEME_ATTRIBUTE)).toBe('light');
    abort.abort();
    document.documentElement.className = 'theme--dark';
    await tick();
    expect(host.getAttribute(THEME_ATTRIBUTE)).toBe('light');
  });
});
