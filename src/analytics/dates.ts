/** Small UTC date helpers shared by the analytics (calendar months, strict ISO parsing). */

/**
 * Parses an ISO-8601 date or date-time (`2024-05-01`, `2024-05-01T10:00:00Z`).
 * @throws RangeError when the string is not a valid date.
 */
export function parseIsoDate(value: string, what = "date"): Date {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) {
    throw new RangeError(`invalid ${what}: ${JSON.stringify(value)}`);
  }
  return new Date(ms);
}

/**
 * Parses an upper bound: a date-only value (`2024-12-31`) means the end of that UTC day and a
 * month-only value (`2024-12`) the end of that month (last millisecond); anything else as
 * {@link parseIsoDate}. So `to: "2024-12-31"` includes commits made on 31 December.
 */
export function parseIsoUpperBound(value: string, what = "date"): Date {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  const start = parseIsoDate(value, what);
  if (day) {
    return new Date(start.getTime() + 86_400_000 - 1);
  }
  if (month) {
    return new Date(Date.UTC(Number(month[1]), Number(month[2]), 1) - 1);
  }
  return start;
}

/**
 * Moves a date by `months` calendar months in UTC, clamping the day to the end of the target month
 * (31 March − 1 month = 28/29 February), keeping the time of day.
 */
export function addMonthsUtc(date: Date, months: number): Date {
  if (!Number.isInteger(months)) {
    throw new RangeError(`months must be an integer, got ${months}`);
  }
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const day = Math.min(date.getUTCDate(), lastDay);
  return new Date(
    Date.UTC(
      targetYear,
      targetMonth,
      day,
      date.getUTCHours(),
      date.getUTCMinutes(),
      date.getUTCSeconds(),
      date.getUTCMilliseconds(),
    ),
  );
}

/** Checks that a value is an integer ≥ `min`. @throws RangeError otherwise. */
export function assertInteger(value: number, name: string, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${name} must be an integer ≥ ${min}, got ${value}`);
  }
}

/** Checks that a value is a finite number in `[min, max]` (or `[min, max)` if `openMax`). */
export function assertInRange(
  value: number,
  name: string,
  min: number,
  max: number,
  openMax = false,
): void {
  const tooHigh = openMax ? value >= max : value > max;
  if (!Number.isFinite(value) || value < min || tooHigh) {
    throw new RangeError(`${name} must be in [${min}, ${max}${openMax ? ")" : "]"}, got ${value}`);
  }
}
