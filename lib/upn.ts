/**
 * Unique pupil numbers (UPN): a check letter followed by 12 digits — the 3-digit local
 * authority number, 4-digit establishment number, 2-digit year of allocation and a 3-digit
 * serial. The check letter is the weighted sum of characters 2–13 (weights 2..13) modulo
 * 23, as a letter of the DfE's 23-letter alphabet.
 */
const CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

export function upnCheckLetter(digits12: string): string {
  if (!/^\d{12}$/.test(digits12)) {
    throw new Error("A UPN's body is 12 digits");
  }
  let sum = 0;
  for (let i = 0; i < 12; i += 1) {
    sum += Number(digits12[i]) * (i + 2);
  }
  return CHECK_LETTERS[sum % 23];
}

export function isValidUpn(upn: string): boolean {
  const value = upn.trim().toUpperCase();
  if (!/^[A-Z]\d{12}$/.test(value)) {
    return false;
  }
  return upnCheckLetter(value.slice(1)) === value[0];
}
