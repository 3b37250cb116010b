/**
 * Writes a score result as one CSV table for spreadsheets. Private implementation package.
 *
 * <h2>Layout</h2>
 * Columns {@code subject,level,id,name,score,max,explanation}; one row per node of the result tree, depth first, so
 * a subject's rows read top-down like the JSON and a spreadsheet filter on {@code level} gives one level alone:
 *
 * <pre>
 * subject,level,id,name,score,max,explanation
 * 茂名市,subject,total,总分,76.5,110,
 * 茂名市,subject,base,基础分,71.5,100,
 * 茂名市,subject,bonus,附加分,5,10,
 * 茂名市,dimension,1,工作保障与推进措施,4.5,5,
 * 茂名市,indicator,1.1,工作保障条件,1.5,2,
 * 茂名市,item,1.1.institution,机构到位,0.5,0.5,机构到位 = 是 → 0.5
 * …
 * 茂名市,missing,4.1.person_coverage,,,,
 * 茂名市,warning,,,,,3.2.planned 为 0：不计分
 * </pre>
 *
 * <ul>
 * <li>{@code level}: {@code subject} (ids {@code total}, {@code base}, {@code bonus}; total max = baseMax + bonusMax),
 * {@code dimension}, {@code indicator}, {@code item} (name = the item's label), {@code missing} (id = the fact id,
 * in the result's order), {@code warning} (the text in {@code explanation}). A bonus dimension says so in its
 * explanation.</li>
 * <li>Numbers are the exact decimals of the result in plain notation ({@code 1.48}, {@code 100}, {@code 46.6667});
 * empty where a level has none.</li>
 * <li>Text cells starting with {@code = + - @}, tab or CR get a leading {@code '} so that a spreadsheet shows them as
 * text instead of running them as formulas (CSV injection). Number cells are never changed.</li>
 * <li>UTF-8 <em>with</em> a BOM and CRLF line ends (RFC 4180): Excel guesses a legacy code page for a CSV without a
 * BOM and shows the Chinese as mojibake. Our own evidence reader skips a BOM, so the file stays readable by tools.</li>
 * </ul>
 */
package org.crediteval.io.result.csv;
