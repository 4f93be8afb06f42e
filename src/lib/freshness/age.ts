/** Whole days from one date to another (YYYY, YYYY-MM or YYYY-MM-DD; partial dates count from their first day). */
export function daysBetween(from: string, to: string): number {
  const day = (d: string) => {
    const [y, m = '01', dd = '01'] = d.split('-');
    return Date.UTC(Number(y), Number(m) - 1, Number(dd));
  };
  return Math.floor((day(to) - day(from)) / 86_400_000);
}

/** Profiles verified longer ago than this are reported by `npm run check:freshness`. */
export const VERIFY_WITHIN_DAYS = 90;

/** Profiles verified longer ago than this show readers a notice. */
export const NOTICE_AFTER_DAYS = 120;

/** How old a profile's verification is on a given day, and whether readers should be told. */
export function verificationAge(lastVerified: string, today: string): { days: number; notice: boolean } {
  const days = daysBetween(lastVerified, today);
  return { days, notice: days > NOTICE_AFTER_DAYS };
}
