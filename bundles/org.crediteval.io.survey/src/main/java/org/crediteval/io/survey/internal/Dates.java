package org.crediteval.io.survey.internal;

import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Submission times as platforms and spreadsheets write them, turned into the ISO-8601 text the analyzer reads. */
final class Dates {
    /** {@code 2017/8/1 10:00:00}, {@code 2017-8-1 10:00}: what questionnaire platforms export (Beijing time) */
    private static final Pattern PLATFORM = Pattern.compile(
            "^(\\d{4})[/\\-.年](\\d{1,2})[/\\-.月](\\d{1,2})日?[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$");

    private Dates() {
    }

    static String platformTime(String s) {
        if (s.isEmpty() || !(s.indexOf('/') > 0 || s.indexOf('年') > 0 || (s.length() < 19 && s.indexOf('-') > 0))) return s;
        Matcher m = PLATFORM.matcher(s);
        if (!m.matches()) return s; // left for the analyzer to report as unreadable
        return String.format("%s-%02d-%02dT%02d:%s:%s", m.group(1), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), m.group(5),
                m.group(6) == null ? "00" : m.group(6));
    }

    /** A spreadsheet date-time cell: local time, no offset (so Beijing time). */
    static String iso(LocalDateTime t) {
        String s = t.toString(); // 2017-08-01T10:00 or …:05 or …:05.123
        return s.length() == 16 ? s + ":00" : s;
    }
}
