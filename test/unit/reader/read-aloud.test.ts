import { describe, it, expect, vi } from 'vitest';
import { clampRate, createReadAloud, loadVoices, pickVoice, voicesForLang, type SynthLike, type UtteranceLike, type VoiceLike } from '../../../lib/reader/read-aloud';

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

describe('voice list for the article language', () => {
  const voices = [V('en-US', 'Ann', { default: true }), V('ar-EG', 'Tarik'), V('ar-SA', 'Maged', { localService: true }), V('ar-SA', 'Zeina'), V('fr-FR', 'Marie')];
  it('same tag first, then the other regions (fallback); default/local first, then by name; no other language', () => {
    expect(voicesForLang(voices, 'ar-SA').map((v) => v.name)).toEqual(['Maged', 'Zeina', 'Tarik']);
    expect(voicesForLang(voices, 'ar-MA').map((v) => v.name)).toEqual(['Maged', 'Tarik', 'Zeina']);
    expect(voicesForLang(voices, 'de')).toEqual([]);
    expect(voicesForLang(voices, '')).toEqual([]);
  });
  it('the remembered voice wins when it still speaks the language; else the best', () => {
    expect(pickVoice(voices, 'ar-SA', 'Tarik')!.name).toBe('Tarik');
    expect(pickVoice(voices, 'ar-SA', 'Marie')!.name).toBe('Maged');
    expect(pickVoice(voices, 'ar-SA', 'Gone')!.name).toBe('Maged');
  });
  it('rate is clamped to 0.5–2 in steps of 0.1', () => {
    expect(clampRate(3)).toBe(2);
    expect(clampRate(0.1)).toBe(0.5);
    expect(clampRate(1.26)).toBe(1.3);
    expect(clampRate('x')).toBe(1);
  });
});

describe('read-aloud controls: voice, rate, skip (stubbed speechSynthesis)', () => {
  const voices = [V('ar-SA', 'Maged'), V('ar-EG', 'Tarik'), V('en-US', 'Ann')];
  it('offers only the language’s voices, starts with the remembered one and the given rate', async () => {
    const synth = stubSynth(voices);
    const ra = createReadAloud({ synth, utter, paragraphs: ['أ', 'ب'], lang: 'ar-SA', voiceName: 'Tarik', rate: 1.5 });
    expect((await ra.voices()).map((v) => v.name)).toEqual(['Maged', 'Tarik']);
    await ra.play();
    expect(synth.spoken[0].voice!.name).toBe('Tarik');
    expect(synth.spoken[0].lang).toBe('ar-EG');
    expect(synth.spoken[0].rate).toBe(1.5);
  });
  it('changing voice or rate while playing restarts the current paragraph with it; an unknown voice is refused', async () => {
    const synth = stubSynth(voices);
    const ra = createReadAloud({ synth, utter, paragraphs: ['one', 'two', 'three'], lang: 'ar' });
    await ra.play();
    synth.finish();
    expect(ra.current).toBe(1);
    expect(ra.setRate(0.8)).toBe(0.8);
    expect(synth.spoken.at(-1)!.text).toBe('two');
    expect(synth.spoken.at(-1)!.rate).toBe(0.8);
    expect(await ra.setVoice('Tarik')).toBe(true);
    expect(synth.spoken.at(-1)!.voice!.name).toBe('Tarik');
    expect(synth.spoken.at(-1)!.text).toBe('two');
    expect(await ra.setVoice('Ann')).toBe(false);
    expect(ra.voice!.name).toBe('Tarik');
    // The cancelled utterances' callbacks did not advance reading.
    expect(ra.current).toBe(1);
    // While idle, a change only applies to the next play.
    ra.stop();
    const n = synth.spoken.length;
    ra.setRate(1.2);
    expect(synth.spoken.length).toBe(n);
    await ra.play();
    expect(synth.spoken.at(-1)!.rate).toBe(1.2);
  });
  it('skip moves to the next/previous non-empty paragraph, from idle and from pause', async () => {
    const synth = stubSynth(voices);
    const seen: number[] = [];
    const ra = createReadAloud({ synth, utter, paragraphs: ['a', ' ', 'b', 'c'], lang: 'ar', onParagraph: (i) => seen.push(i) });
    expect(await ra.skip(1)).toBe('playing');
    expect(ra.current).toBe(0);
    await ra.skip(1);
    expect(ra.current).toBe(2);
    ra.pause();
    expect(await ra.skip(-1)).toBe('playing');
    expect(synth.paused).toBe(false);
    expect(ra.current).toBe(0);
    await ra.skip(-1);
    expect(ra.current).toBe(0);
    expect(synth.spoken.map((u) => u.text)).toEqual(['a', 'b', 'a', 'a']);
  });
  it('skip with no voice for the language reports no-voice', async () => {
    const ra = createReadAloud({ synth: stubSynth([V('en-US')]), utter, paragraphs: ['x'], lang: 'ar', voiceTimeoutMs: 5 });
    expect(await ra.skip(1)).toBe('no-voice');
  });
});
