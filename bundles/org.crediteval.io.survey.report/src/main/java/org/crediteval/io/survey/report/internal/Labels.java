package org.crediteval.io.survey.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.crediteval.api.survey.Rejection;

/** Words and number formats the table and the workbook share. */
final class Labels {
    private Labels() {
    }

    static String rejection(Rejection r) {
        return switch (r) {
            case DUPLICATE -> "重复";
            case INVALID_TIMESTAMP -> "时间无效";
            case LATE -> "逾期";
            case INVALID -> "无效";
        };
    }

    /** 0.61115 → 61.12% (presentation only; the JSON keeps the 4-place share) */
    static String percent(BigDecimal share) {
        return share == null ? "-" : share.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String plain(BigDecimal d, int places) {
        return d == null ? "-" : d.setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    /** Control characters (ANSI escapes, line breaks) from the data must not reach the terminal. */
    static String clean(String s) {
        if (s == null) return "";
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
            if (control && b == null) b = new StringBuilder(s.substring(0, i));
            if (b != null) b.append(control ? ' ' : c);
        }
        return b == null ? s : b.toString();
    }
}
