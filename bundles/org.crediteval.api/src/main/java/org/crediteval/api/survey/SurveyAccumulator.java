package org.crediteval.api.survey;

import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One analysis run: takes responses one at a time (from one or several files, in order; a respondent id repeated
 * across files is a duplicate too) and keeps only counts, the ids seen and the rejected rows. Not thread-safe.
 */
@ProviderType
public interface SurveyAccumulator extends Consumer<SurveyResponse> {
    /** Classifies and counts one response. */
    @Override
    void accept(SurveyResponse response);

    /** The report of everything accepted so far; the accumulator can take no more responses afterwards. */
    SurveyReport finish();
}
