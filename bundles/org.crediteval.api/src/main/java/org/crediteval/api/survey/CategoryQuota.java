package org.crediteval.api.survey;

/**
 * Collected against planned for one respondent category of one city. A respondent of several categories is
 * collected in each of them.
 *
 * @param code      the category code (企业人员 …), in the questionnaire's order
 * @param quota     the planned number
 * @param collected valid responses naming the category
 */
public record CategoryQuota(String code, int quota, long collected) {
    /** Fewer valid responses than planned. */
    public boolean shortfall() {
        return collected < quota;
    }

    /** How many are missing to reach the quota (0 when reached). */
    public long missing() {
        return Math.max(0, quota - collected);
    }
}
