/**
 * The few sentences the Slack adapter says itself (everything else comes from the graph).
 * Indonesian first, English when the user's Slack locale or the conversation is English.
 */

/** A locale the adapter speaks. */
export type SlackLocale = 'id' | 'en';

const TEXTS = {
  id: {
    apology: 'Maaf, terjadi gangguan sementara di sisi kami. Pesan Anda belum terproses; silakan coba lagi sebentar lagi.',
    stale: 'Tombol itu berasal dari pesan lama dan sudah tidak berlaku. Silakan pilih lagi dari menu terbaru:',
    chosen: 'Dipilih',
    menuSentToDm: 'Menu DS Helpdesk sudah saya kirim lewat pesan langsung (DM) agar data pribadi Anda tidak terlihat orang lain.',
    homeTitle: 'DS Helpdesk — bantuan sertifikat elektronik (TTE/BSSN)',
    homeIntro: 'Pilih topik di bawah ini; percakapan berlanjut di tab *Pesan*. Anda juga bisa mengetik pertanyaan langsung di sana, menyebut saya di kanal, atau memakai `/ds`.',
    homeOpenMenu: 'Buka menu',
    homeDrafts: 'Draf tiket Anda yang masih terbuka',
    homeNoDrafts: 'Belum ada draf tiket yang terbuka.',
    homeDraftsUnavailable: 'Daftar draf tiket sedang tidak dapat dimuat.',
    ticketTitle: 'Draf tiket layanan 15.1',
    status: 'Status',
    category: 'Kategori',
    attachments: 'Lampiran',
    updated: 'diperbarui',
    attachHint: '📎 Lampirkan gambar di percakapan ini: klik ➕ di kotak pesan, atau seret berkasnya ke sini.',
  },
  en: {
    apology: 'Sorry, something went wrong on our side. Your message was not processed; please try again in a moment.',
    stale: 'That button belongs to an older message and no longer works. Please choose again from the current menu:',
    chosen: 'Chosen',
    menuSentToDm: 'I have sent the DS Helpdesk menu to you as a direct message (DM) so your personal data stays private.',
    homeTitle: 'DS Helpdesk — electronic certificate (TTE/BSSN) help',
    homeIntro: 'Pick a topic below; the conversation continues in the *Messages* tab. You can also type your question there, mention me in a channel, or use `/ds`.',
    homeOpenMenu: 'Open menu',
    homeDrafts: 'Your open ticket drafts',
    homeNoDrafts: 'You have no open ticket drafts.',
    homeDraftsUnavailable: 'Your ticket drafts cannot be loaded right now.',
    ticketTitle: 'Service-desk ticket draft (service 15.1)',
    status: 'Status',
    category: 'Category',
    attachments: 'Attachments',
    updated: 'updated',
    attachHint: '📎 Attach the image in this conversation: click ➕ in the message box, or drag the file here.',
  },
} as const;

/** The adapter's own texts in `locale`. */
export function texts(locale: SlackLocale): (typeof TEXTS)['id'] | (typeof TEXTS)['en'] {
  return TEXTS[locale];
}

/** Slack user locale (`en-US`, `id-ID`) → adapter locale, or undefined when neither. */
export function localeFromSlack(slackLocale: string | undefined): SlackLocale | undefined {
  if (!slackLocale) return undefined;
  const lang = slackLocale.toLowerCase().slice(0, 2);
  return lang === 'en' ? 'en' : lang === 'id' ? 'id' : undefined;
}
