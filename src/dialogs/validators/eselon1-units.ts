/**
 * Kemenkeu's Eselon I units: the abbreviations people type and the full name the AMS profile
 * needs. DJPPR is the exception the guide spells out: "Dirjen Pengelolaan dan Pembiayaan Risiko".
 */
export interface EselonUnit {
  /** The full name to write in AMS (Pengaturan - Profil - Unit Organisasi). */
  fullName: string;
  /** Abbreviations and other names users write for it (compared case-insensitively). */
  aliases: readonly string[];
}

/** The Eselon I units of Kemenkeu, in the ministry's usual order. */
export const ESELON_I_UNITS: readonly EselonUnit[] = [
  { fullName: 'Sekretariat Jenderal', aliases: ['setjen', 'sekjen', 'set jen'] },
  { fullName: 'Inspektorat Jenderal', aliases: ['itjen', 'irjen'] },
  { fullName: 'Direktorat Jenderal Anggaran', aliases: ['dja', 'ditjen anggaran', 'dirjen anggaran'] },
  { fullName: 'Direktorat Jenderal Pajak', aliases: ['djp', 'ditjen pajak', 'dirjen pajak'] },
  { fullName: 'Direktorat Jenderal Bea dan Cukai', aliases: ['djbc', 'bea cukai', 'ditjen bea dan cukai', 'ditjen bea cukai', 'dirjen bea dan cukai'] },
  { fullName: 'Direktorat Jenderal Perbendaharaan', aliases: ['djpb', 'ditjen perbendaharaan', 'dirjen perbendaharaan'] },
  { fullName: 'Direktorat Jenderal Kekayaan Negara', aliases: ['djkn', 'ditjen kekayaan negara', 'dirjen kekayaan negara'] },
  { fullName: 'Direktorat Jenderal Perimbangan Keuangan', aliases: ['djpk', 'ditjen perimbangan keuangan', 'dirjen perimbangan keuangan'] },
  {
    fullName: 'Dirjen Pengelolaan dan Pembiayaan Risiko',
    aliases: ['djppr', 'ditjen ppr', 'direktorat jenderal pengelolaan pembiayaan dan risiko',
      'direktorat jenderal pengelolaan dan pembiayaan risiko', 'ditjen pengelolaan pembiayaan dan risiko'],
  },
  { fullName: 'Direktorat Jenderal Stabilitas dan Pengembangan Sektor Keuangan', aliases: ['djspsk', 'ditjen spsk'] },
  { fullName: 'Badan Kebijakan Fiskal', aliases: ['bkf'] },
  { fullName: 'Badan Pendidikan dan Pelatihan Keuangan', aliases: ['bppk'] },
  { fullName: 'Lembaga National Single Window', aliases: ['lnsw'] },
];

/** Lower-cased, single-spaced, for comparisons. */
export function unitKey(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}
