/** A small hand-made graph for router unit tests (the real one comes from the flow files). */
import type { Graph, Topic, TopicId } from '../../../src/dialogs/graph.js';

function topic(id: TopicId, title: string, idEx: string[], enEx: string[], keywords: string[]): Topic {
  return { id, title: { id: title, en: title }, examples: { id: idEx, en: enEx }, keywords, start: `${id}.start`, inMenu: true };
}

/** Five topics with a handful of examples each, plus greeting and thanks. */
export function miniGraph(): Graph {
  const topics: Topic[] = [
    topic('login', 'Login AMS', ['bagaimana cara login ke AMS', 'masuk portal bsre'], ['how do I sign in to AMS'], ['login', 'beid']),
    topic('forgot-password', 'Lupa password AMS', ['saya lupa password AMS', 'reset kata sandi ams'], ['I forgot my AMS password'], ['lupa password', 'reset password']),
    topic('reset-passphrase', 'Reset passphrase (PIN)', ['lupa PIN tanda tangan', 'cara reset passphrase'], ['I forgot my signing PIN'], ['reset pin', 'passphrase']),
    topic('signing-stuck', 'TTE di Nadine tidak selesai', ['proses tte di nadine tidak kunjung selesai', 'tanda tangan di nadine loading terus'], ['signing in Nadine never finishes'], ['nadine', 'kertas kuning']),
    topic('renewal', 'Perpanjangan sertifikat', ['sertifikat saya sudah kadaluarsa', 'cara perpanjang DS'], ['how to renew my certificate'], ['perpanjang', 'expired']),
    topic('greeting', 'Salam', ['halo', 'selamat pagi', 'selamat siang'], ['hi', 'good morning'], ['hai']),
    topic('thanks', 'Terima kasih', ['terima kasih', 'makasih banyak'], ['thanks', 'thank you'], ['trims']),
  ];
  return {
    version: 'test-1',
    menu: topics.map((t) => t.id),
    topics: Object.fromEntries(topics.map((t) => [t.id, t])),
    steps: {},
    tickets: {},
  };
}
