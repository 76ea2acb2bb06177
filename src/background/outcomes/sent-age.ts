/**
 * Reads a Sent-page card's coarse age ("Sent 3 weeks ago", "Envoyée il y a 2 semaines", "Sent today")
 * as the range of real ages it can stand for. LinkedIn does not say how it rounds, so every reading is
 * widened to hold floor, round and ceiling alike: "N units" means N−1 to N+1 units, months are 28 to 31
 * days, years 365 to 366. Unknown wording gives undefined, and the caller then infers nothing.
 *
 * The words are LinkedIn's relative times in the languages the extension speaks (en, fr, de, es) and
 * three more it is often used with (pt, it, nl). Only a unit preceded by a number or by "a/one" counts,
 * so the English article "an" is never read as the French "an" (year).
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface AgeRange {
  minMs: number;
  maxMs: number;
}

interface Unit {
  minMs: number;
  maxMs: number;
}

const unit = (minMs: number, maxMs = minMs): Unit => ({ minMs, maxMs });

/** Unit words (singular and plural forms) → their length. Lower case, accents kept. */
const UNITS: ReadonlyMap<string, Unit> = new Map(
  (
    [
      ['minute minutes min mins minuten minuto minutos minuti minuut', unit(MINUTE)],
      ['hour hours hr hrs heure heures stunde stunden hora horas ora ore uur', unit(HOUR)],
      ['day days jour jours tag tage tagen día días dia dias giorno giorni dag dagen', unit(DAY)],
      ['week weeks semaine semaines woche wochen semana semanas settimana settimane weken', unit(7 * DAY)],
      [
        'month months mois monat monate monaten mes meses mês mese mesi maand maanden',
        unit(28 * DAY, 31 * DAY),
      ],
      [
        'year years an ans année années jahr jahre jahren año años ano anos anno anni jaar jaren',
        unit(365 * DAY, 366 * DAY),
      ],
    ] as const
  ).flatMap(([words, length]) => words.split(' ').map((word) => [word, length] as const)),
);

/** Words that stand for "one" before a unit: "a week", "une semaine", "einem Monat", "un mes", "een". */
const ONE = new Set([
  'a',
  'an',
  'one',
  'un',
  'une',
  'ein',
  'eine',
  'einem',
  'einer',
  'uno',
  'una',
  'um',
  'uma',
  'een',
]);

/** "today" and "yesterday": a calendar day, so up to 24 and up to 48 hours old. */
const TODAY = new Set([
  'today',
  'aujourd',
  'heute',
  'hoy',
  'hoje',
  'oggi',
  'vandaag',
  'now',
  'maintenant',
  'jetzt',
  'ahora',
  'agora',
]);
const YESTERDAY = new Set(['yesterday', 'hier', 'gestern', 'ayer', 'ontem', 'ieri', 'gisteren']);

function quantity(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d+$/.test(word)) return Number(word);
  return ONE.has(word) ? 1 : undefined;
}

/** LinkedIn's compact ages elsewhere ("2w", "3d", "1mo", "1yr"), in case the Sent page adopts them. */
const COMPACT: Readonly<Record<string, string>> = {
  m: 'minute',
  h: 'hour',
  d: 'day',
  w: 'week',
  mo: 'month',
  y: 'year',
  yr: 'year',
};

/** "2w" → ["2", "week"]; any other word as it is. */
function expandCompact(word: string): string[] {
  const match = /^(\d+)([a-z]+)$/.exec(word);
  const unitWord = match?.[2] ? COMPACT[match[2]] : undefined;
  return match?.[1] && unitWord ? [match[1], unitWord] : [word];
}

export function parseSentAge(text: string): AgeRange | undefined {
  // Apostrophes split words: "un'ora" is "un ora", "aujourd'hui" is "aujourd hui".
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).flatMap(expandCompact);
  for (let i = 1; i < words.length; i++) {
    const length = UNITS.get(words[i] ?? '');
    const count = quantity(words[i - 1]);
    if (length && count !== undefined) {
      return { minMs: Math.max(0, count - 1) * length.minMs, maxMs: (count + 1) * length.maxMs };
    }
  }
  if (words.some((word) => YESTERDAY.has(word))) return { minMs: 0, maxMs: 2 * DAY };
  if (words.some((word) => TODAY.has(word))) return { minMs: 0, maxMs: DAY };
  return undefined;
}
