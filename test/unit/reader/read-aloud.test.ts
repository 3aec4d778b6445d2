import { describe, it, expect, vi } from 'vitest';
import { createReadAloud, loadVoices, pickVoice, type SynthLike, type UtteranceLike, type VoiceLike } from '../../../lib/reader/read-aloud';

const V = (lang: string, name = lang, extra: Partial<VoiceLike> = {}): VoiceLike => ({ lang, name, ...extra });

/** A speechSynthesis stub: records what is spoken; `finish()` ends the current utterance. */
function stubSynth(voices: VoiceLike[]) {
  const spoken: UtteranceLike[] = [];
  let current: UtteranceLike | null = null;
  const synth: SynthLike & { spoken: UtteranceLike[]; finish(): void; paused: boolean; cancels: number } = {
    spoken, paused: false, cancels: 0,
    getVoices: () => voices,
    speak(u) { spoken.push(u); current = u; },
    cancel() { this.cancels++; const c = current; current = null; c?.onerror?.({ error: 'canceled' }); },
    pause() { this.paused = true; },
    resume() { this.paused = false; },
    finish() { const c = current; current = null; c?.onend?.({}); },
  };
  return synth;
}
const utter = (text: string): UtteranceLike => ({ text, lang: '', voice: null, rate: 1, onend: null, onerror: null });

describe('pickVoice', () => {
  const voices = [V('en-US', 'A', { default: true }), V('ar-SA', 'Maged'), V('ar-EG', 'Tarik', { localService: true }), V('fr-FR')];
  it('exact tag first, then same language (local/default preferred), never another language', () => {
    expect(pickVoice(voices, 'ar-SA')!.name).toBe('Maged');
    expect(pickVoice(voices, 'ar')!.name).toBe('Tarik');
    expect(pickVoice(voices, 'en-GB')!.name).toBe('A');
    expect(pickVoice(voices, 'fa')).toBeNull();
    expect(pickVoice([], 'ar')).toBeNull();
  });
});

describe('read-aloud controller (stubbed speechSynthesis)', () => {
  it('reads paragraph by paragraph with the Arabic voice, reporting the current paragraph, then goes idle', async () => {
    const synth = stubSynth([V('en-US'), V('ar-SA', 'Maged')]);
    const paras: number[] = [];
    const states: string[] = [];
    const ra = createReadAloud({ synth, utter, paragraphs: ['أ', '', 'ب', 'ج'], lang: 'ar', onParagraph: (i) => paras.push(i), onState: (s) => states.push(s) });
    expect(await ra.play()).toBe('playing');
    expect(synth.spoken[0].voice!.name).toBe('Maged');
    expect(synth.spoken[0].lang).toBe('ar-SA');
    synth.finish();
    synth.finish();
    synth.finish();
    expect(synth.spoken.map((u) => u.text)).toEqual(['أ', 'ب', 'ج']);
    expect(paras).toEqual([0, 2, 3, -1]);
    expect(ra.state).toBe('idle');
    expect(states.at(-1)).toBe('idle');
  });
  it('pause and resume keep the paragraph; stop cancels and resets', async () => {
    const synth = stubSynth([V('en-GB')]);
    const ra = createReadAloud({ synth, utter, paragraphs: ['one', 'two', 'three'], lang: 'en' });
    await ra.play();
    synth.finish();
    ra.pause();
    expect(ra.state).toBe('paused');
    expect(synth.paused).toBe(true);
    await ra.play();
    expect(ra.state).toBe('playing');
    expect(synth.paused).toBe(false);
    expect(ra.current).toBe(1);
    ra.stop();
    expect(ra.state).toBe('idle');
    expect(ra.current).toBe(-1);
    // A cancelled utterance's late callback does not restart reading.
    const n = synth.spoken.length;
    synth.spoken.at(-1)!.onend?.({});
    expect(synth.spoken.length).toBe(n);
  });
  it('no voice for the language: state no-voice, nothing spoken', async () => {
    const synth = stubSynth([V('en-US')]);
    const ra = createReadAloud({ synth, utter, paragraphs: ['نص'], lang: 'ar', voiceTimeoutMs: 10 });
    expect(await ra.play()).toBe('no-voice');
    expect(synth.spoken).toHaveLength(0);
  });
  it('no synthesizer: unsupported', async () => {
    const ra = createReadAloud({ synth: null, utter, paragraphs: ['x'], lang: 'en' });
    expect(ra.state).toBe('unsupported');
    expect(await ra.play()).toBe('unsupported');
  });
  it('waits for voiceschanged when the list starts empty', async () => {
    vi.useFakeTimers();
    let voices: VoiceLike[] = [];
    let fire: (() => void) | null = null;
    const synth = { ...stubSynth([]), getVoices: () => voices, addEventListener: (_t: string, fn: () => void) => { fire = fn; }, removeEventListener: () => { fire = null; } };
    const p = loadVoices(synth, 1000);
    voices = [V('ar-EG')];
    fire!();
    expect((await p).map((v) => v.lang)).toEqual(['ar-EG']);
    const q = loadVoices({ ...synth, getVoices: () => [] as VoiceLike[] }, 1000);
    vi.advanceTimersByTime(1000);
    expect(await q).toEqual([]);
    vi.useRealTimers();
  });
});
