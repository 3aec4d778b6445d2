/**
 * A stand-in for the Web Speech API, injected into extension pages before
 * their scripts run (headless browsers have no voices). It records every
 * utterance in `window.__speech.spoken` ({text, lang, voice, rate}) and ends
 * the current one only when the test calls `window.__speech.finish()`, so the
 * reader's control flow (voice, rate, current paragraph, pause, skip) can be
 * checked step by step. Voices: two Arabic (ar-SA, ar-EG) and one English.
 */
export const SPEECH_STUB_SRC = `(() => {
  const voices = [
    { name: 'Stub Arabic Saudi', lang: 'ar-SA', default: false, localService: true, voiceURI: 'stub-ar-sa' },
    { name: 'Stub Arabic Egypt', lang: 'ar-EG', default: false, localService: true, voiceURI: 'stub-ar-eg' },
    { name: 'Stub English', lang: 'en-US', default: true, localService: true, voiceURI: 'stub-en' },
  ];
  const state = { spoken: [], current: null, paused: false, cancels: 0 };
  class Utterance {
    constructor(text) { this.text = text; this.lang = ''; this.voice = null; this.rate = 1; this.onend = null; this.onerror = null; }
  }
  const synth = {
    getVoices: () => voices.slice(),
    speak(u) { state.spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name, rate: u.rate }); state.current = u; },
    cancel() { state.cancels++; const c = state.current; state.current = null; if (c && c.onerror) c.onerror({ error: 'canceled' }); },
    pause() { state.paused = true; },
    resume() { state.paused = false; },
    addEventListener() {}, removeEventListener() {},
  };
  state.finish = () => { const c = state.current; state.current = null; if (c && c.onend) c.onend({}); };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true, writable: true });
  window.__speech = state;
})();`;
