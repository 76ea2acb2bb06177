/**
 * Translated labels, used only when a locale-independent hook is missing (facts.md §5.2).
 * Unverified translations are marked; an unknown language simply falls back to structure alone.
 */

/** aria-label of the note step's Send button. */
export const sendInvitationLabels = [
  'Send invitation',
  'Send now',
  'Envoyer l’invitation', // unverified
  'Envoyer maintenant',
  'Einladung senden', // unverified
  'Jetzt senden',
  'Enviar invitación', // unverified
  'Enviar agora',
];

/** aria-label of the gating step's "Send without a note". */
export const sendWithoutNoteLabels = [
  'Send without a note',
  'Send without a message',
  'Envoyer sans note',
  'Ohne Notiz senden',
  'Ohne Nachricht senden',
  'Enviar sin nota',
  'Enviar sem nota',
  'Invia senza nota',
  'Notsuz gönder',
  'Gửi không có ghi chú',
];

/** The free tier's allowance line, e.g. "3 personalized invitations remaining for this month." */
export const remainingQuotaPattern =
  /(\d+)\s+(?:personali[sz]ed invitations? remaining|invitations personnalisées restantes|personalisierte Einladungen übrig)/i;

/** "Invite Jane Doe to connect" (EN), "Jane Doe als Kontakt einladen" (DE), "Connect with Jane Doe" (EN, 2019–2021). */
export const connectLabelPatterns = [
  /^Invite (.+) to connect$/,
  /^(.+) als Kontakt einladen$/,
  /^Connect with (.+)$/,
];

/** The page title of a profile: "Jane Doe | LinkedIn", after an optional "(3) " notification count. */
export const profileTitlePattern = /^(?:\(\d+\+?\)\s*)?(.+?)\s*\|\s*LinkedIn$/;

/** The note counter: "0/200", "12 / 300". */
export const counterPattern = /^\s*(\d+)\s*\/\s*(\d+)\s*$/;
