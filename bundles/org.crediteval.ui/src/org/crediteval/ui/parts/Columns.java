package org.crediteval.ui.parts;

import java.util.function.Function;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;

/** A text column with a title and a share of the width, the way every table and tree of the parts makes them. */
final class Columns {
    private Columns() {
    }

    static TreeViewerColumn tree(TreeViewer viewer, TreeColumnLayout layout, String title, int weight, int minimumWidth,
            Function<Object, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimumWidth));
        column.setLabelProvider(label(text));
        return column;
    }

    static <T> TableViewerColumn table(TableViewer viewer, TableColumnLayout layout, String title, int weight,
            Class<T> rowType, Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 50));
        column.setLabelProvider(label(element -> text.apply(rowType.cast(element))));
        return column;
    }

    private static ColumnLabelProvider label(Function<Object, String> text) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }
        };
    }
}
