/** The shapes of the temporal module: a mention as callers get it, and what the scanner reads before resolving it. */

/** One temporal expression found in a text, with its normalised value. */
export interface TemporalMention {
  /** Offset of the first character of the expression in the input text. */
  start: number;
  /** Offset just after the expression (exclusive). */
  end: number;
  /** `text.slice(start, end)`, e.g. "mercredi 24 avril", "en juin dernier", "il y a huit ans", "à 14h". */
  text: string;
  /** ISO 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD'; absent when it cannot be resolved (relative expression and no anchor). */
  value?: string;
  /** 'HH:MM' when the expression is a time of day ("14h", "14 h 30", "9 heures", "à midi"). */
  time?: string;
  /** True when the value depends on the anchor (weekday, hier, l'an dernier, il y a N ans, month without year…). */
  relative: boolean;
  /** True for fuzzy spans: fin/début/mi-, moitié, la semaine dernière, ce mois-ci, seasons, decades, "près de". */
  approximate?: boolean;
  /**
   * A weekday alone left without a value in an article known only to its month: the day of that weekday in the
   * story's week (see story-week.ts), when the story's main day falls in that month. Set at annotation.
   */
  weekOf?: string;
}

export type Tense = 'past' | 'future' | 'present';
export type Direction = 'past' | 'next' | 'this';
export type Unit = 'year' | 'month' | 'week' | 'day';

/** What an expression says, before it is resolved against an anchor. Months 1..12; weekdays 0 = Sunday. */
export type Spec =
  | { kind: 'absolute'; y: number; m?: number; d?: number; marker?: boolean }
  | { kind: 'dayMonth'; m: number; d: number; wd?: number; dir?: Direction }
  | { kind: 'month'; m: number; dir?: Direction }
  | { kind: 'weekday'; wd: number; dir?: Direction; /** "dimanche 10": the day of the month given with it. */ d?: number }
  | { kind: 'offset'; unit: Unit; n: number }
  | { kind: 'time'; hh: number; mm: number };

export interface RawMention {
  start: number;
  end: number;
  spec: Spec;
  approximate: boolean;
}

export interface Day {
  y: number;
  m: number;
  d: number;
  /** True for an anchor known only to the month: the day is a stand-in. */
  monthOnly?: boolean;
}
