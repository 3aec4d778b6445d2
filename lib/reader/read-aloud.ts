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

/**
 * Chooses a voice for a language: same full tag ("ar-SA"), then same
 * primary language ("ar" for "ar-EG"), preferring the platform's default
 * and local (offline) voices. Output: the voice, or null when none speaks
 * the language (never a voice of another language: Arabic text read by an
 * English voice is gibberish).
 */
export function pickVoice(voices: readonly VoiceLike[], lang: string): VoiceLike | null {
  const want = (lang || '').replace(/_/g, '-').toLowerCase();
  const prim = primaryLang(want);
  const norm = (v: VoiceLike) => (v.lang || '').replace(/_/g, '-').toLowerCase();
  const score = (v: VoiceLike) => (v.default ? 2 : 0) + (v.localService ? 1 : 0);
  const exact = voices.filter((v) => norm(v) === want).sort((a, b) => score(b) - score(a));
  if (exact.length) return exact[0];
  const same = voices.filter((v) => primaryLang(norm(v)) === prim).sort((a, b) => score(b) - score(a));
  return same[0] ?? null;
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
  /** Speaking rate (1 = normal). */
  rate?: number;
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
    u.rate = o.rate ?? 1;
    u.onend = () => speakFrom(i + 1, token);
    u.onerror = (ev) => {
      const err = (ev as { error?: string } | null)?.error;
      if (err === 'interrupted' || err === 'canceled') return;
      speakFrom(i + 1, token);
    };
    o.synth.speak(u);
  };

  return {
    get state() { return state; },
    get current() { return current; },
    async play(from?: number) {
      if (!o.synth) { set('unsupported'); return state; }
      if (state === 'paused' && from === undefined) {
        o.synth.resume();
        set('playing');
        return state;
      }
      if (!voice) {
        const voices = await loadVoices(o.synth, o.voiceTimeoutMs);
        voice = pickVoice(voices, o.lang);
        if (!voice) { set('no-voice'); return state; }
      }
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
  };
}
