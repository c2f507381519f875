package org.kaname.ui.evaluation;

/** One 年度 of the selected indicator's trend, as text: the table beside the chart, for reading and screen readers. */
record TrendRow(int year, String yearText, String target, String actual, String achievement, String grade) {
}
