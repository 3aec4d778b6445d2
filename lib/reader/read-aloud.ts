/**
 * Read aloud with the Web Speech API (`speechSynthesis`), paragraph by
 * paragraph. Pure: the synthesizer and the utterance constructor are passed
 * in (the reader passes `window.speechSynthesis` and `SpeechSynthesisUtterance`;
 * tests pass stubs). Speaking one paragraph per utterance keeps each
 * utterance short (Chrome stops long utterances after ~15 s) and gives the
 * paragraph to highlight.
 */
import { primaryLang } from '../i18n';

/** The parts of `SpeechSynthesisVoice` used here. */
export interface VoiceLike { lang: string; name: string; default?: boolean; localService?: boolean }

/** The parts of `SpeechSynthesisUtterance` used here. */
export interface UtteranceLike {
  text: string;
  lang: string;
  voice: VoiceLike | null;
  rate: number;
  onend: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}

/** The parts of `SpeechSynthesis` used here. */
export interface SynthLike {
  getVoices(): VoiceLike[];
  speak(u: UtteranceLike): void;
  cancel(): void;
  pause(): void;
  resume(): void;
  addEventListener?(type: 'voiceschanged', fn: () => void): void;
  removeEventListener?(type: 'voiceschanged', fn: () => void): void;
}

export type ReadAloudState = 'idle' | 'playing' | 'paused' | 'no-voice' | 'unsupported';

/** `v.lang` as a lower-case BCP 47 tag ("ar_SA" → "ar-sa"). */
const normTag = (l: string | null | undefined) => (l || '').replace(/_/g, '-').toLowerCase();

/**
 * The voices that speak a language, best first: the same full tag ("ar-SA")
 * first, then the other regions of the same primary language ("ar-EG" for
 * "ar-SA", the fallback list); within each, the platform's default voice, then
 * local (offline) voices, then by name. Never a voice of another language
 * (Arabic text read by an English voice is gibberish). Input: the
 * synthesizer's voices, the article's BCP 47 tag. Output: a new array (maybe empty).
 */
export function voicesForLang(voices: readonly VoiceLike[], lang: string): VoiceLike[] {
  const want = normTag(lang);
  const prim = primaryLang(want);
  const rank = (v: VoiceLike) => (normTag(v.lang) === want ? 0 : 4) + (v.default ? 0 : 2) + (v.localService ? 0 : 1);
  return voices
    .filter((v) => primaryLang(normTag(v.lang)) === prim && prim !== 'und')
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/**
 * Chooses a voice for a language: the remembered voice (`preferred`, a voice
 * name) when it still exists and speaks the language, else the best of
 * {@link voicesForLang}. Output: the voice, or null when none speaks the language.
 */
export function pickVoice(voices: readonly VoiceLike[], lang: string, preferred?: string | null): VoiceLike | null {
  const list = voicesForLang(voices, lang);
  return (preferred ? list.find((v) => v.name === preferred) : undefined) ?? list[0] ?? null;
}

/** Allowed speaking rates (1 = normal), inclusive, and the step of the rate control. */
export const RATE_LIMITS = { min: 0.5, max: 2, step: 0.1 } as const;

/** Clamps a speaking rate into {@link RATE_LIMITS}, rounded to the step; anything not a finite number gives 1. */
export function clampRate(rate: unknown): number {
  const n = typeof rate === 'number' && Number.isFinite(rate) ? rate : 1;
  return Math.round(Math.min(RATE_LIMITS.max, Math.max(RATE_LIMITS.min, n)) * 10) / 10;
}

/**
 * The synthesizer's voices, waiting for `voiceschanged` when the list is
 * still empty (Chrome loads it asynchronously). Input: synthesizer, wait
 * limit in ms. Output: the voices (maybe empty: headless browsers have none).
 */
export function loadVoices(synth: SynthLike, timeoutMs = 1500): Promise<VoiceLike[]> {
  const now = synth.getVoices();
  if (now.length || !synth.addEventListener) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener?.('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, timeoutMs);
    synth.addEventListener!('voiceschanged', done);
  });
}

export interface ReadAloudOptions {
  /** Synthesizer, or null when the browser has none (state 'unsupported'). */
  synth: SynthLike | null;
  /** Creates an utterance (`(text) => new SpeechSynthesisUtterance(text)`). */
  utter(text: string): UtteranceLike;
  /** Texts to read, one per paragraph, in order. */
  paragraphs: readonly string[];
  /** Article language (BCP 47). */
  lang: string;
  /** Speaking rate (1 = normal; clamped to {@link RATE_LIMITS}). */
  rate?: number;
  /** Name of the remembered voice for this language (used when it still exists). */
  voiceName?: string | null;
  /** Called with the index of the paragraph being read, or -1 when reading stops. */
  onParagraph?(index: number): void;
  /** Called on every state change. */
  onState?(state: ReadAloudState): void;
  /** How long to wait for the voice list (ms). */
  voiceTimeoutMs?: number;
}

export interface ReadAloud {
  readonly state: ReadAloudState;
  /** Index of the paragraph being read, or -1. */
  readonly current: number;
  /** Starts (from `from`, default: the paused or first paragraph) or resumes. Resolves to the new state. */
  play(from?: number): Promise<ReadAloudState>;
  pause(): void;
  stop(): void;
  /** The voices offered for the article's language, best first (waits for the list once). */
  voices(): Promise<VoiceLike[]>;
  /** The voice in use (after the first play or {@link voices}), or null. */
  readonly voice: VoiceLike | null;
  /** Switches to the voice with this name (one of {@link voices}); while playing, the current paragraph restarts with it. Output: false when no such voice. */
  setVoice(name: string): Promise<boolean>;
  /** The speaking rate in use. */
  readonly rate: number;
  /** Changes the speaking rate (clamped); while playing, the current paragraph restarts at the new rate. Output: the rate set. */
  setRate(rate: number): number;
  /** Jumps to the next (+1) or previous (-1) paragraph; starts reading there when idle or paused. */
  skip(delta: 1 | -1): Promise<ReadAloudState>;
}

/**
 * Creates the read-aloud controller. States: idle → playing ⇄ paused →
 * idle (stop or end); `no-voice` when no voice speaks the article's
 * language; `unsupported` without a synthesizer. Never throws.
 */
export function createReadAloud(o: ReadAloudOptions): ReadAloud {
  let state: ReadAloudState = o.synth ? 'idle' : 'unsupported';
  let current = -1;
  let voice: VoiceLike | null = null;
  let offered: VoiceLike[] | null = null;
  let rate = clampRate(o.rate ?? 1);
  /** Bumped on stop/restart so callbacks of cancelled utterances are ignored. */
  let run = 0;
  const set = (s: ReadAloudState) => { state = s; o.onState?.(s); };
  const at = (i: number) => { current = i; o.onParagraph?.(i); };

  const speakFrom = (i: number, token: number) => {
    if (token !== run || !o.synth) return;
    // Skip empty paragraphs.
    while (i < o.paragraphs.length && !o.paragraphs[i].trim()) i++;
    if (i >= o.paragraphs.length) {
      at(-1);
      set('idle');
      return;
    }
    at(i);
    const u = o.utter(o.paragraphs[i]);
    u.lang = voice?.lang || o.lang;
    u.voice = voice;
    u.rate = rate;
    u.onend = () => speakFrom(i + 1, token);
    u.onerror = (ev) => {
      const err = (ev as { error?: string } | null)?.error;
      if (err === 'interrupted' || err === 'canceled') return;
      speakFrom(i + 1, token);
    };
    o.synth.speak(u);
  };

  const ensureVoices = async () => {
    if (!offered && o.synth) {
      offered = voicesForLang(await loadVoices(o.synth, o.voiceTimeoutMs), o.lang);
      voice = pickVoice(offered, o.lang, o.voiceName);
    }
    return offered ?? [];
  };
  const restart = () => {
    if (state !== 'playing' || !o.synth) return;
    run++;
    o.synth.cancel();
    speakFrom(Math.max(0, current), run);
  };
  const nextNonEmpty = (i: number, delta: 1 | -1) => {
    let j = i + delta;
    while (j >= 0 && j < o.paragraphs.length && !o.paragraphs[j].trim()) j += delta;
    return Math.min(Math.max(0, j), Math.max(0, o.paragraphs.length - 1));
  };

  const api: ReadAloud = {
    get state() { return state; },
    get current() { return current; },
    get voice() { return voice; },
    get rate() { return rate; },
    async play(from?: number) {
      if (!o.synth) { set('unsupported'); return state; }
      if (state === 'paused' && from === undefined) {
        o.synth.resume();
        set('playing');
        return state;
      }
      await ensureVoices();
      if (!voice) { set('no-voice'); return state; }
      run++;
      o.synth.cancel();
      set('playing');
      speakFrom(from ?? Math.max(0, current), run);
      return state;
    },
    pause() {
      if (state !== 'playing' || !o.synth) return;
      o.synth.pause();
      set('paused');
    },
    stop() {
      if (!o.synth) return;
      run++;
      o.synth.cancel();
      at(-1);
      if (state !== 'no-voice') set('idle');
    },
    voices: ensureVoices,
    async setVoice(name) {
      const found = (await ensureVoices()).find((v) => v.name === name);
      if (!found) return false;
      voice = found;
      restart();
      return true;
    },
    setRate(r) {
      rate = clampRate(r);
      restart();
      return rate;
    },
    async skip(delta) {
      if (!o.synth) { set('unsupported'); return state; }
      const target = current < 0 ? 0 : nextNonEmpty(current, delta);
      if (state === 'paused') o.synth.resume();
      return api.play(target);
    },
  };
  return api;
}
