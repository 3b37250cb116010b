package org.crediteval.ui.parts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.Function;

import org.eclipse.jface.viewers.OwnerDrawLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;

/** A column cell drawn as a bar: score / max, green when full, amber in between, red at zero. */
final class ScoreBar extends OwnerDrawLabelProvider {

    private final Function<Object, BigDecimal[]> scoreAndMax;

    ScoreBar(Function<Object, BigDecimal[]> scoreAndMax) {
        this.scoreAndMax = scoreAndMax;
    }

    /** score / max in 0…1; 0 when there is no max. */
    static double fraction(BigDecimal score, BigDecimal max) {
        if (score == null || max == null || max.signum() <= 0) return 0;
        return Math.max(0, Math.min(1, score.divide(max, MathContext.DECIMAL64).doubleValue()));
    }

    @Override
    protected void measure(Event event, Object element) {
        event.height = Math.max(event.height, 16);
    }

    @Override
    protected void paint(Event event, Object element) {
        BigDecimal[] sm = scoreAndMax.apply(element);
        if (sm == null) return;
        Rectangle cell = ((TreeItem) event.item).getBounds(event.index);
        double f = fraction(sm[0], sm[1]);
        GC gc = event.gc;
        int width = cell.width - 6;
        int height = Math.max(6, cell.height - 8);
        int y = cell.y + (cell.height - height) / 2;
        Color old = gc.getBackground();
        gc.setBackground(event.display.getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
        gc.fillRectangle(cell.x + 3, y, width, height);
        int color = f >= 0.999 ? SWT.COLOR_DARK_GREEN : f > 0 ? SWT.COLOR_DARK_YELLOW : SWT.COLOR_DARK_RED;
        gc.setBackground(event.display.getSystemColor(color));
        gc.fillRectangle(cell.x + 3, y, (int) Math.round(width * f), height);
        gc.setBackground(old);
    }
}
