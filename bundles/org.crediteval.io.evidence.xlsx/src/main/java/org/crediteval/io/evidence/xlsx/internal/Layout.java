package org.crediteval.io.evidence.xlsx.internal;

/**
 * Where things are in a template sheet, shared by the writer and the importer (0-based indices):
 *
 * <pre>
 * row 0   title: "4 公共信用信息共享（满分 13 分）"
 * row 1   how to fill it in
 * row 2   A 事实编号 | B 指标 | C 评分事实 | D 类型 | E 可填值 | F 满分 | G 负责单位 | H 茂名市 (merged H:J) | K 湛江市 …
 * row 3                                                                          | H 值 | I 来源 | J 备注 | K 值 …
 * row 4…  one fact per row; column A (hidden) holds the fact id
 * </pre>
 *
 * Rows 0–3 and columns A–C are frozen. A hidden sheet {@value #META_SHEET} marks the workbook as a template
 * and names the pack; a hidden sheet {@value #LISTS_SHEET} holds the level lists the drop-downs point at.
 */
final class Layout {
    static final int TITLE_ROW = 0;
    static final int HELP_ROW = 1;
    static final int SUBJECT_ROW = 2;
    static final int HEADER_ROW = 3;
    static final int FIRST_FACT_ROW = 4;

    static final int ID_COL = 0;
    static final int INDICATOR_COL = 1;
    static final int LABEL_COL = 2;
    static final int TYPE_COL = 3;
    static final int ALLOWED_COL = 4;
    static final int POINTS_COL = 5;
    static final int UNITS_COL = 6;
    static final int FIRST_SUBJECT_COL = 7;
    static final int COLS_PER_SUBJECT = 3;

    static final String ID_HEADER = "事实编号";
    static final String VALUE = "值";
    static final String SOURCE = "来源";
    static final String NOTE = "备注";

    static final String META_SHEET = "_crediteval";
    static final String LISTS_SHEET = "_lists";
    static final String MARKER = "credit-eval evidence template";
    static final String FORMAT_VERSION = "1";

    private Layout() {
    }
}
