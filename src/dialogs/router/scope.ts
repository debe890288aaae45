/**
 * The router's out-of-scope rules on a question's routing terms, applied before ranking:
 * a question that names another system (without a word specific to DS), or asks for another
 * system's credential, is `unknown` whatever guide words it shares ("lupa password gmail",
 * "tiket kereta", "nik di bpjs salah"). Likewise another certificate system's own words
 * ("passphrase coretax"), a mailbox set up on a device, a contact's phone number and an
 * organisation's profile. General rules on word lists, never per sentence.
 */
import {
  ANCHOR_WORDS, CONFIGURE_WORDS, CONTACT_WORDS, CREDENTIAL_WORDS, DS_NUMBER_WORDS, DEVICE_WORDS, DS_SYSTEM_WORDS, MAILBOX_WORDS, NADINE_SIGNING_WORDS,
  NOT_DS_SIGNATURE_WORDS, ORGANISATION_PROFILE_WORDS, ORGANISATION_WORDS, OTHER_SYSTEM_WORDS, OTP_WORDS,
  PASSWORD_OWNER_WORDS, PIN_OWNER_WORDS, WEAK_ANCHOR_WORDS,
} from './vocabulary.js';
import { routingTerms } from './normalizer.js';

const termsOf = (words: readonly string[]): Set<string> => new Set(words.flatMap((w) => routingTerms(w)));

/** Says whether a question (as routing terms) is about something outside the guide. */
export type ScopeCheck = (terms: readonly string[]) => boolean;

/**
 * Builds the check once (the word lists go through the same normalisation as questions).
 * `domain` holds the terms that make a question about DS at all, `guideVocabulary` every term
 * the guide topics use (see router-index.ts).
 */
export function createScopeCheck(domain: ReadonlySet<string>, guideVocabulary: ReadonlySet<string>): ScopeCheck {
  const organisations = termsOf(ORGANISATION_WORDS);
  const organisationProfile = new Set([...organisations, ...termsOf(ORGANISATION_PROFILE_WORDS)]);
  const anchors = termsOf(ANCHOR_WORDS);
  const dsSystems = termsOf(DS_SYSTEM_WORDS);
  const weakAnchors = termsOf(WEAK_ANCHOR_WORDS);
  const notDsSignature = termsOf(NOT_DS_SIGNATURE_WORDS);
  const others = new Set([...termsOf(OTHER_SYSTEM_WORDS), ...notDsSignature]);
  const [pin] = routingTerms('pin');
  const [email] = routingTerms('email');
  const credentials = termsOf(CREDENTIAL_WORDS);
  const passwordOwners = new Set([...others, ...termsOf(PASSWORD_OWNER_WORDS)]);
  const pinOwners = new Set([...others, ...termsOf(PIN_OWNER_WORDS)]);
  const mailbox = termsOf(MAILBOX_WORDS);
  const [nadine] = routingTerms('nadine');
  const nadineSigning = termsOf(NADINE_SIGNING_WORDS);
  const configure = termsOf(CONFIGURE_WORDS);
  const devices = termsOf(DEVICE_WORDS);
  const otpWords = termsOf(OTP_WORDS);
  const contacts = termsOf(CONTACT_WORDS);
  const dsNumbers = termsOf(DS_NUMBER_WORDS);
  const [number] = routingTerms('nomor');

  /** "helpdesk djp nomor berapa": a contact's phone number, not a number the guide asks for. */
  const asksContactNumber = (terms: readonly string[]): boolean =>
    terms.includes(number!) && terms.some((t) => contacts.has(t)) && !terms.some((t) => dsNumbers.has(t));

  /** "setting email kantor di hp": a mailbox set up on a device, not the authenticator. */
  const configuresMailClient = (terms: readonly string[]): boolean =>
    terms.includes(email!) && terms.some((t) => configure.has(t)) && terms.some((t) => devices.has(t))
    && !terms.some((t) => otpWords.has(t));

  const isForeignName = (t: string): boolean => t.length > 2 && !/\d/.test(t) && !guideVocabulary.has(t);

  /** "password gmail", "gmail password", "pin atm": a credential beside its owner. */
  function asksOtherCredential(terms: readonly string[]): boolean {
    for (let i = 0; i < terms.length; i += 1) {
      const t = terms[i]!;
      if (!credentials.has(t)) continue;
      const owners = t === pin ? pinOwners : passwordOwners;
      const next = terms[i + 1];
      const prev = terms[i - 1];
      // "password myasn": a credential of a system the guide never names.
      if (next !== undefined && t !== pin && !owners.has(next) && isForeignName(next)) return true;
      if (next !== undefined && owners.has(next)) {
        // "password email": the mailbox's own password only when nothing else follows
        // or the mailbox is named ("password email kantor"); else "lupa password, email ...".
        if (next !== email) return true;
        const after = terms[i + 2];
        if (after === undefined || mailbox.has(after) || isForeignName(after)) return true;
      }
      if (prev !== undefined && prev !== email && owners.has(prev)) return true;
    }
    return false;
  }

  return (terms) => {
    // "alamat kantor bssn", "bsre itu apa": the organisation, not its DS service.
    const domainTerms = terms.filter((t) => domain.has(t));
    if (domainTerms.length > 0 && domainTerms.every((t) => organisations.has(t))) return true;
    // "profil kemenkeu", "profil instansi bssn": the organisation's profile, not the AMS one.
    if (domainTerms.some((t) => organisations.has(t)) && domainTerms.every((t) => organisationProfile.has(t))
      && terms.every((t) => organisationProfile.has(t) || !guideVocabulary.has(t))) return true;
    // "disposisi di nadine", "print dari nadine": Nadine's other features.
    if (terms.includes(nadine!) && !terms.some((t) => nadineSigning.has(t))) return true;
    // "passphrase coretax", "enroll sertifikat peruri": another certificate system's own words.
    if (terms.some((t) => notDsSignature.has(t)) && !terms.some((t) => dsSystems.has(t) || t === nadine)) return true;
    if (terms.some((t) => anchors.has(t) || t === nadine)) return false;
    if (configuresMailClient(terms) || asksContactNumber(terms)) return true;
    if (terms.some((t) => notDsSignature.has(t))) return true;
    if (terms.some((t) => weakAnchors.has(t))) return false;
    return terms.some((t) => others.has(t)) || asksOtherCredential(terms);
  };
}
