/**
 * Watches pages the user opens for invitation outcomes and reports what they show. It never clicks,
 * navigates or fetches: it reads the DOM after LinkedIn renders (debounced mutations), and listens to
 * the user's own clicks on Withdraw/Pending only to know that a row or button that then disappears was
 * withdrawn by them. Every entry point is wrapped so an exception never reaches LinkedIn.
 */
import type { Observation, ProfileState } from '../../shared/schema/outcomes';
import { safely } from '../fail-open';
import { css } from '../linkedin/selectors';
import { profileSlugOf, readProfileState } from './profile-state';
import { readSentList, rowSlug, SENT_PATH } from './sent-list';

const SETTLE_MS = 400;
/** A click on Withdraw counts only if its row disappears within this time (the confirm step included). */
const ARMED_MS = 120_000;

export type Report = (observation: Observation) => void;

export class OutcomeWatcher {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastReported = '';
  private lastRows: string[] = [];
  private lastProfile: { slug: string; state: ProfileState } | undefined;
  private readonly armed = new Map<string, number>();

  constructor(
    private readonly doc: Document,
    private readonly report: Report,
    private readonly now: () => number = Date.now,
  ) {}

  start(signal: AbortSignal): void {
    const observer = new MutationObserver(() =>
      safely('outcomes:mutation', () => this.schedule(), undefined),
    );
    observer.observe(this.doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-label', 'componentkey', 'href', 'class'],
    });
    const onClick = (event: Event) => safely('outcomes:click', () => this.noteClick(event.target), undefined);
    this.doc.addEventListener('click', onClick, { capture: true, passive: true });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      this.doc.removeEventListener('click', onClick, { capture: true });
      clearTimeout(this.timer);
    });
    this.schedule();
  }

  private get location(): Location {
    return this.doc.location;
  }

  private relevant(): boolean {
    return SENT_PATH.test(this.location.pathname) || profileSlugOf(this.location) !== undefined;
  }

  private schedule(): void {
    if (!this.relevant()) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => safely('outcomes:read', () => this.read(), undefined), SETTLE_MS);
  }

  /** Remembers which person's Withdraw (Sent page) or Pending (profile) the user clicked. */
  private noteClick(target: EventTarget | null): void {
    if (!(target instanceof Element)) return;
    const row = target.closest(css('sentWithdraw'))?.closest(css('sentRow'));
    const slug = row ? rowSlug(row) : undefined;
    if (slug) this.armed.set(slug, this.now());
    const profileSlug = profileSlugOf(this.location);
    if (profileSlug && target.closest(`${css('topCard')} :is(${css('cardPending')})`))
      this.armed.set(profileSlug, this.now());
  }

  private isArmed(slug: string): boolean {
    const at = this.armed.get(slug);
    return at !== undefined && this.now() - at < ARMED_MS;
  }

  private read(): void {
    const at = this.now();
    const list = readSentList(this.doc, this.location);
    if (list) {
      this.noticeWithdrawnRows(list.slugs, at);
      this.send({ kind: 'sentList', slugs: list.slugs, complete: list.complete, at });
      return;
    }
    const slug = profileSlugOf(this.location);
    const state = slug ? readProfileState(this.doc) : undefined;
    if (!slug || !state) return;
    if (
      state === 'connectable' &&
      this.lastProfile?.slug === slug &&
      this.lastProfile.state === 'pending' &&
      this.isArmed(slug)
    ) {
      this.armed.delete(slug);
      this.send({ kind: 'withdrawn', slug, at });
    }
    this.lastProfile = { slug, state };
    this.send({ kind: 'profile', slug, state, at });
  }

  /** One row fewer, and it is the one whose Withdraw the user clicked: they withdrew it. */
  private noticeWithdrawnRows(slugs: readonly string[], at: number): void {
    const gone = this.lastRows.filter((slug) => !slugs.includes(slug));
    if (gone.length === 1 && this.lastRows.length - slugs.length === 1) {
      const [slug] = gone;
      if (slug && this.isArmed(slug)) {
        this.armed.delete(slug);
        this.send({ kind: 'withdrawn', slug, at });
      }
    }
    this.lastRows = [...slugs];
  }

  /** Sends an observation unless it says the same as the last one (re-renders are frequent). */
  private send(observation: Observation): void {
    const { at: _time, ...content } = observation;
    const key = JSON.stringify(content);
    if (key === this.lastReported) return;
    this.lastReported = key;
    this.report(observation);
  }
}
