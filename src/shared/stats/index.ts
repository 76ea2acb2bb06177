/** Pure statistics over the user's own invitations (no storage, no browser). */
export * from './results';
export * from './verdict';
export * from './wilson';
