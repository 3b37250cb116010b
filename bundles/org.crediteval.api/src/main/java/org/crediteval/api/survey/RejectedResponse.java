package org.crediteval.api.survey;

import org.crediteval.api.evidence.Location;

/**
 * A response left out of the score, listed so that nobody's answer is dropped silently.
 *
 * @param location     file and line (or sheet row) where the response was read
 * @param respondentId as written (may be empty)
 * @param city         as written (may be empty or unknown)
 * @param rejection    the class of the rejection
 * @param reason       why, in Chinese, naming the question and value, e.g. {@code 第 5 题答案无效：“可能”}
 */
public record RejectedResponse(Location location, String respondentId, String city, Rejection rejection,
        String reason) {
}
