/**
 * Questionnaire surveys: responses streamed from a file by a {@link org.crediteval.api.survey.SurveyImporter},
 * classified and scored one at a time by a {@link org.crediteval.api.survey.SurveyAnalyzer}, summed up in a
 * {@link org.crediteval.api.survey.SurveyReport} that feeds the scoring engine
 * ({@link org.crediteval.api.survey.SurveyReport#outcomes()}) and the report exporters.
 *
 * <p>Every question, option value, category, quota, city and the deadline come from the pack's
 * {@link org.crediteval.model.scheme.Questionnaire}; nothing here knows gd-2017.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.crediteval.api.survey;
