/**
 * Training material for the router's "none of the guide's topics" class: everyday office
 * questions that employees also type into a helpdesk chat (weather, meetings, pay, leave,
 * other IT systems). They compete with the guide topics in the index, so a question that
 * merely shares a word with the guide ("jam masuk kantor", "password wifi") lands here
 * instead of in a guide procedure. These are generic themes, not copies of evaluation lines.
 */
export const OUT_OF_SCOPE_EXAMPLES: readonly string[] = [
  // weather, time, small talk
  'cuaca hari ini cerah atau hujan', 'ramalan cuaca jakarta besok', 'jam berapa sekarang',
  'what is the weather like today', 'siapa presiden indonesia', 'ceritakan lelucon',
  'rekomendasi tempat makan siang dekat kantor', 'hasil pertandingan bola semalam',
  'tell me a joke', 'who won the football match', 'what time is it in london',
  // meetings, calendar, office life
  'jadwal rapat minggu depan kapan', 'ruang rapat lantai 3 kosong tidak', 'undangan rapat koordinasi',
  'meeting schedule for tomorrow', 'book a meeting room for friday', 'agenda acara kantor bulan ini',
  'jam masuk kantor selama ramadan', 'parkir motor di gedung mana', 'kantin buka jam berapa',
  // pay, leave, HR matters
  'kapan gaji bulan ini cair', 'tunjangan kinerja belum masuk rekening', 'slip gaji bulan lalu',
  'cara mengajukan cuti tahunan', 'sisa cuti saya berapa hari', 'uang makan lembur kapan dibayar',
  'when is payday this month', 'how many leave days do i have left', 'pengajuan kenaikan pangkat',
  'absen online tidak tercatat', 'presensi fingerprint error', 'perjalanan dinas sppd cara klaim',
  'reimburse biaya transport', 'jadwal diklat pegawai baru', 'nilai skp kinerja tahunan',
  // other IT systems and devices
  'wifi kantor tidak bisa connect', 'lupa password wifi kantor', 'vpn kantor putus putus',
  'printer di ruangan macet kertasnya', 'laptop saya lemot sekali', 'cara install microsoft office',
  'zoom meeting tidak ada suara', 'microsoft teams tidak bisa dibuka', 'outlook tidak bisa kirim email',
  'kuota mailbox outlook penuh', 'the office wifi keeps disconnecting', 'my laptop screen is broken',
  'how do i connect to the vpn', 'printer is out of toner', 'reset password komputer windows',
  'aplikasi sakti error saat input', 'cara pakai aplikasi e kinerja', 'spanduk acara dicetak dimana',
  'instagram kantor siapa yang kelola', 'whatsapp web tidak sinkron', 'harga saham hari ini',
  // personal accounts and civil documents (they share "email", "akun", "ktp", "nik" with the guide)
  'membuat alamat gmail pribadi', 'daftar google mail baru untuk anak', 'create a new gmail address',
  'instagram saya diretas orang', 'mengaktifkan verifikasi dua langkah google',
  'konfigurasi email kantor di android', 'mengurus e ktp yang rusak ke dukcapil', 'kartu keluarga hilang urus dimana',
  'lost my national id card how to replace it', 'cara cetak ulang ktp elektronik', 'akta kelahiran anak',
  // Nadine does more than signing: its other features are not the guide's
  'membuat konsep surat dinas di nadine', 'disposisi surat masuk di nadine', 'arsip naskah dinas nadine',
  'lampiran surat di nadine tidak terbaca', 'fungsi aplikasi nadine apa saja', 'nomor surat keluar nadine',
  // mail that lands in spam, the organisation's people and structure
  'email yang saya kirim selalu masuk spam penerima', 'email kantor saya dianggap spam',
  'pasang akun email dinas di handphone', 'sinkron email kantor ke aplikasi mail di hp',
  'profil instansi dan visi misi organisasi', 'struktur organisasi dan daftar pejabat kemenkeu', 'profil para pejabat eselon',
  'perpanjangan masa kerja dan kontrak pegawai', 'beli pulsa dan paket data', 'cara transfer uang lewat mobile banking', 'promo tiket pesawat',
];
