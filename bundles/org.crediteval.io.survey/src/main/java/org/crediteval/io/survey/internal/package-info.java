/** The survey importers (CSV, XLSX): private, reached through the SurveyImporter services. */
package org.crediteval.io.survey.internal;
