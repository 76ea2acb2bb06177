/**
 * LinkedIn's boilerplate: texts that mean "no personal note". Kept apart from the matching code so
 * that the lists can be reviewed and extended without touching it.
 */

/** LinkedIn's own default invitation texts, as seen in product screenshots and help pages over the years. */
export const DEFAULT_INVITATION_TEXTS: readonly string[] = [
  "I'd like to add you to my professional network on LinkedIn.",
  "I'd like to join your LinkedIn network.",
  "I'd like to add you to my LinkedIn network",
  "I'd love to add you to my professional network",
  "J'aimerais vous inviter à rejoindre mon réseau professionnel en ligne, sur le site LinkedIn.",
  'Je vous invite à faire partie de mon réseau professionnel sur LinkedIn.',
];

/**
 * UNSOURCED: our own translations of the English default, not verified against LinkedIn's interface.
 * Edit freely; the user's `customPhrases` (settings) extend this list at check time.
 */
export const UNSOURCED_INVITATION_TEXTS: readonly string[] = [
  'Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.',
  'Me gustaría agregarte a mi red profesional en LinkedIn.',
  'Gostaria de adicioná-lo à minha rede profissional no LinkedIn.',
  'Vorrei aggiungerti alla mia rete professionale su LinkedIn.',
  'Ik wil je graag toevoegen aan mijn professionele netwerk op LinkedIn.',
];

/** The dialog's grey placeholder; pasted or typed as content it is still not a note. */
export const PLACEHOLDER_TEXTS: readonly string[] = [
  'Ex: We know each other from…',
  'Ex : nous nous connaissons grâce à…',
];
