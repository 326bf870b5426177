/**
 * Unique pupil numbers (UPNs) as the DfE allocates them: a check letter, then 12 digits —
 * the 3-digit local authority number, the 4-digit establishment number of the school that
 * allocated it, the 2-digit year of allocation and a 3-digit serial.
 *
 * Only permanent UPNs are accepted. A temporary UPN ends in a letter instead of a digit;
 * schools replace it with the permanent number, so the portal asks for that one.
 */

/** The 23 check letters; I, O and S are left out because they read like digits. */
const CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

const TWELVE_DIGITS = /^\d{12}$/;
const UPN_SHAPE = /^[A-Z]\d{12}$/;

/**
 * The check letter for the 12 digits that follow it: each digit is multiplied by its
 * character position in the full UPN (2 to 13), and the sum modulo 23 picks the letter.
 */
export function upnCheckLetter(digits12: string): string {
  if (!TWELVE_DIGITS.test(digits12)) {
    throw new RangeError("A UPN check letter needs exactly 12 digits");
  }
  let sum = 0;
  for (let index = 0; index < 12; index += 1) {
    sum += Number(digits12[index]) * (index + 2);
  }
  return CHECK_LETTERS[sum % 23];
}

/** True for a permanent UPN in capitals whose first letter matches its digits. */
export function isValidUpn(upn: string): boolean {
  if (!UPN_SHAPE.test(upn)) {
    return false;
  }
  return upn[0] === upnCheckLetter(upn.slice(1));
}
