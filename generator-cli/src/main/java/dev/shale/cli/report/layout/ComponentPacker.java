package dev.shale.cli.report.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Packs the components' bounding rectangles side by side in rows (tallest first) no wider than about one and a
 * half times the side of a square of their total area, or than the widest component; rectangles never overlap.
 */
final class ComponentPacker {

    /** Room between two components. */
    static final double GAP = 80;

    private ComponentPacker() {
    }

    /** The top-left corner {x, y} of each rectangle {width, height}, in the input's order. */
    static List<double[]> pack(List<double[]> sizes) {
        double area = 0;
        double widest = 0;
        for (double[] size : sizes) {
            area += (size[0] + GAP) * (size[1] + GAP);
            widest = Math.max(widest, size[0]);
        }
        double rowLimit = Math.max(widest, Math.sqrt(area) * 1.5);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -sizes.get(i)[1]).thenComparingInt(i -> i));
        List<double[]> corners = new ArrayList<>(sizes.stream().map(s -> (double[]) null).toList());
        double x = 0;
        double y = 0;
        double rowHeight = 0;
        for (int i : order) {
            double[] size = sizes.get(i);
            if (x > 0 && x + size[0] > rowLimit) {
                x = 0;
                y += rowHeight + GAP;
                rowHeight = 0;
            }
            corners.set(i, new double[] {x, y});
            x += size[0] + GAP;
            rowHeight = Math.max(rowHeight, size[1]);
        }
        return corners;
    }
}
