package org.crediteval.survey.internal;

/**
 * Reads {@code submitted_at}: ISO-8601 date and time, {@code YYYY-MM-DDThh:mm[:ss[.fraction]]} (a space may stand
 * for the {@code T}), then {@code Z}, {@code ±hh:mm}, {@code ±hhmm}, {@code ±hh} or nothing, which means Beijing
 * time (+08:00). Offsets up to ±18:00, as java.time. Hand-written, allocation-free arithmetic because it runs
 * once per response and a DateTimeFormatter would cost more than the rest of the row.
 */
final class Timestamps {
    /** Beijing time, the reading of a time without offset. */
    static final int BEIJING_SECONDS = 8 * 3600;
    /** returned for text that is no such time */
    static final long INVALID = Long.MIN_VALUE;

    private Timestamps() {
    }

    /**
     * @return the instant in nanoseconds since 1970-01-01T00:00Z (fits a long until 2262), or {@link #INVALID}
     */
    static long parse(String s) {
        int n = s.length();
        if (n < 16) return INVALID;
        int year = digits(s, 0, 4);
        if (year < 1678 || year > 2261 || s.charAt(4) != '-') return INVALID; // the range of a long in nanoseconds
        int month = digits(s, 5, 2);
        if (month < 1 || month > 12 || s.charAt(7) != '-') return INVALID;
        int day = digits(s, 8, 2);
        char t = s.charAt(10);
        if (day < 1 || day > lengthOfMonth(year, month) || (t != 'T' && t != 't' && t != ' ')) return INVALID;
        int hour = digits(s, 11, 2);
        if (hour < 0 || hour > 23 || s.charAt(13) != ':') return INVALID;
        int minute = digits(s, 14, 2);
        if (minute < 0 || minute > 59) return INVALID;
        int i = 16;
        int second = 0;
        long nano = 0;
        if (i < n && s.charAt(i) == ':') {
            second = digits(s, i + 1, 2);
            if (second < 0 || second > 59) return INVALID;
            i += 3;
            if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
                int start = ++i;
                while (i < n && i - start < 9 && isDigit(s.charAt(i))) nano = nano * 10 + (s.charAt(i++) - '0');
                if (i == start || (i < n && isDigit(s.charAt(i)))) return INVALID;
                for (int k = i - start; k < 9; k++) nano *= 10;
            }
        }
        int offset = BEIJING_SECONDS;
        if (i < n) {
            char c = s.charAt(i);
            if ((c == 'Z' || c == 'z') && i + 1 == n) {
                offset = 0;
            } else if (c == '+' || c == '-') {
                int oh = digits(s, i + 1, 2);
                if (oh < 0) return INVALID;
                int om = 0;
                int rest = n - (i + 3);
                if (rest == 3 && s.charAt(i + 3) == ':') om = digits(s, i + 4, 2);
                else if (rest == 2) om = digits(s, i + 3, 2);
                else if (rest != 0) return INVALID;
                if (om < 0 || om > 59 || oh * 60 + om > 18 * 60) return INVALID;
                offset = (c == '-' ? -1 : 1) * (oh * 3600 + om * 60);
            } else {
                return INVALID;
            }
        }
        long seconds = epochDay(year, month, day) * 86400L + hour * 3600L + minute * 60L + second - offset;
        return seconds * 1_000_000_000L + nano;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (the civil-from-days inverse). */
    static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static int digits(String s, int from, int count) {
        if (from + count > s.length()) return -1;
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
