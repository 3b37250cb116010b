/** The survey report exporters: private, reached through the SurveyReportExporter services. */
package org.crediteval.io.survey.report.internal;
