/** The survey analyzer's implementation: private to the bundle, reached through the SurveyAnalyzer service. */
package org.crediteval.survey.internal;
