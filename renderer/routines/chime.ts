/** A soft, short tone marking a new step. Silent where Web Audio is unavailable. */
export function chime(): void {
  if (typeof AudioContext === 'undefined') return;
  const audio = new AudioContext();
  const tone = audio.createOscillator();
  const volume = audio.createGain();
  tone.type = 'sine';
  tone.frequency.value = 528;
  volume.gain.setValueAtTime(0.0001, audio.currentTime);
  volume.gain.exponentialRampToValueAtTime(0.12, audio.currentTime + 0.05);
  volume.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.9);
  tone.connect(volume).connect(audio.destination);
  tone.start();
  tone.stop(audio.currentTime + 1);
  tone.onended = () => void audio.close();
}
