/**
 * Watches the pages where invitation outcomes show (a profile, the Sent invitations page) and reports
 * what they show. It never clicks, navigates or fetches: it reads the DOM once LinkedIn has settled, and
 * listens to the user's own clicks on Withdraw/Pending only to know that a row or button that then
 * disappears was withdrawn by them. On every other page (the feed above all) it observes nothing; in-app
 * navigation starts and stops it. Every entry point is wrapped so an exception never reaches LinkedIn.
 */
import type { Observation, ProfileState } from '../../shared/schema/outcomes';
import { safely } from '../fail-open';
import { css } from '../linkedin/selectors';
import { PageWatch } from '../navigation';
import { profileSlugOf, readProfileState } from './profile-state';
import { observeScope, outcomePageOf, scopeOf } from './scope';
import { readSentList, rowSlug } from './sent-list';
import { Settled } from './settle';

/** A click on Withdraw counts only if its row disappears within this time (the confirm step included). */
const ARMED_MS = 120_000;
/** Without the Navigation API (older Firefox), LinkedIn's history.pushState is noticed by polling the URL. */
const URL_POLL_MS = 1_000;

export type Report = (observation: Observation) => void;

export class OutcomeWatcher {
  // Members are #private: the minifier shortens their names, and this code ships on every LinkedIn page.
  readonly #doc: Document;
  readonly #report: Report;
  readonly #now: () => number;
  readonly #reading = new Settled('outcomes:read', () => this.#read());
  readonly #armed = new Map<string, number>();
  #page: AbortController | undefined;
  #visit = '';
  #lastReported = '';
  #lastRows: string[] = [];
  #lastProfile: { slug: string; state: ProfileState } | undefined;

  constructor(doc: Document, report: Report, now: () => number = Date.now) {
    this.#doc = doc;
    this.#report = report;
    this.#now = now;
  }

  start(signal: AbortSignal): void {
    const pages = new PageWatch(() => this.#enterPage(signal), signal);
    if (!('navigation' in globalThis)) {
      const poll = setInterval(() => safely('outcomes:url', () => pages.check(), undefined), URL_POLL_MS);
      signal.addEventListener('abort', () => clearInterval(poll), { once: true });
    }
    signal.addEventListener('abort', () => this.#leavePage(), { once: true });
    this.#enterPage(signal);
  }

  get #location(): Location {
    return this.#doc.location;
  }

  /** Observes the page just entered if outcomes show there; anywhere else, nothing at all. */
  #enterPage(signal: AbortSignal): void {
    this.#leavePage();
    const kind = outcomePageOf(this.#location);
    if (!kind || signal.aborted) return;
    const page = new AbortController();
    this.#page = page;
    const visit = this.#location.pathname + this.#location.search; // a changed #hash is the same visit
    if (visit !== this.#visit) {
      this.#visit = visit;
      this.#lastRows = []; // another visit, another list: a row missing from it was not withdrawn here
      this.#lastReported = ''; // and each visit reports what it shows
    }
    const locate = () => scopeOf(this.#doc, kind);
    observeScope(locate, () => this.#reading.schedule(), page.signal);
    const onClick = (event: Event) =>
      safely('outcomes:click', () => this.#noteClick(event.target), undefined);
    this.#doc.addEventListener('click', onClick, { capture: true, passive: true, signal: page.signal });
  }

  #leavePage(): void {
    this.#page?.abort();
    this.#page = undefined;
    this.#reading.cancel();
  }

  /** Remembers which person's Withdraw (Sent page) or Pending (profile) the user clicked. */
  #noteClick(target: EventTarget | null): void {
    if (!(target instanceof Element)) return;
    const row = target.closest(css('sentWithdraw'))?.closest(css('sentRow'));
    const slug = row ? rowSlug(row) : undefined;
    if (slug) this.#armed.set(slug, this.#now());
    const profileSlug = profileSlugOf(this.#location);
    if (profileSlug && target.closest(`${css('topCard')} :is(${css('cardPending')})`))
      this.#armed.set(profileSlug, this.#now());
  }

  #isArmed(slug: string): boolean {
    const at = this.#armed.get(slug);
    return at !== undefined && this.#now() - at < ARMED_MS;
  }

  #read(): void {
    const at = this.#now();
    const list = readSentList(this.#doc, this.#location);
    if (list) {
      this.#noticeWithdrawnRows(list.slugs, at);
      this.#send({ kind: 'sentList', ...list, at });
      return;
    }
    const slug = profileSlugOf(this.#location);
    const state = slug ? readProfileState(this.#doc) : undefined;
    if (!slug || !state) return;
    if (
      state === 'connectable' &&
      this.#lastProfile?.slug === slug &&
      this.#lastProfile.state === 'pending' &&
      this.#isArmed(slug)
    ) {
      this.#armed.delete(slug);
      this.#send({ kind: 'withdrawn', slug, at });
    }
    this.#lastProfile = { slug, state };
    this.#send({ kind: 'profile', slug, state, at });
  }

  /** One row fewer, and it is the one whose Withdraw the user clicked: they withdrew it. */
  #noticeWithdrawnRows(slugs: readonly string[], at: number): void {
    const gone = this.#lastRows.filter((slug) => !slugs.includes(slug));
    if (gone.length === 1 && this.#lastRows.length - slugs.length === 1) {
      const [slug] = gone;
      if (slug && this.#isArmed(slug)) {
        this.#armed.delete(slug);
        this.#send({ kind: 'withdrawn', slug, at });
      }
    }
    this.#lastRows = [...slugs];
  }

  /** Sends an observation unless it says the same as the last one (re-renders are frequent). */
  #send(observation: Observation): void {
    const { at: _time, ...content } = observation;
    const key = JSON.stringify(content);
    if (key === this.#lastReported) return;
    this.#lastReported = key;
    this.#report(observation);
  }
}
