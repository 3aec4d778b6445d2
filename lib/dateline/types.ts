import type { When } from './zones';

/** One date proposed by a rule (internal to lib/dateline). */
export interface DateCandidate {
  kind: 'published' | 'modified';
  when: When;
  /** Rule id ("json-ld", "meta", "time-element", "url", "text-date", "relative"). */
  rule: string;
  /** Text or attribute value the date was read from (≤ 200 chars). */
  text: string;
  /** 0..1, before the time-zone adjustment made by the selector. */
  confidence: number;
  /** Only the calendar day is known (no time of day). */
  dateOnly?: boolean;
  /** What the rule assumed or inferred (year of a year-less date…), added to the evidence text. */
  note?: string;
}
