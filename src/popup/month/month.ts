/** This month's count of personalised invitations, against LinkedIn's usual free allowance. */
import type { SentInvitation } from '../../shared/schema/stored';

/** LinkedIn's free plan usually allows about five personalised notes a month; a setting changes it. */
export const DEFAULT_MONTHLY_ALLOWANCE = 5;

export function personalisedThisMonth(invitations: readonly SentInvitation[], now: Date): number {
  const monthStart = new Date(now.getFullYear(), now.getMonth(), 1).getTime();
  const nextMonthStart = new Date(now.getFullYear(), now.getMonth() + 1, 1).getTime();
  return invitations.filter(
    (invitation) =>
      invitation.personalised && invitation.sentAt >= monthStart && invitation.sentAt < nextMonthStart,
  ).length;
}
