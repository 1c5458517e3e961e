package dev.shale.cli.report.layout;

/**
 * Places the boxes of one layer as close as possible to where they want to be (least squares) while keeping
 * their order and a gap between neighbours, so that boxes of different heights never overlap. Solved exactly by
 * pool-adjacent-violators isotonic regression on the desired tops shifted by the room the earlier boxes need.
 */
final class OrderedPlacement {

    private OrderedPlacement() {
    }

    /**
     * The tops of boxes of {@code heights}, in order, each at least {@code gap} below the previous one's bottom.
     *
     * @param desired the wanted top of each box
     */
    static double[] place(double[] desired, double[] heights, double gap) {
        int n = desired.length;
        double[] offset = new double[n];
        for (int i = 1; i < n; i++) {
            offset[i] = offset[i - 1] + heights[i - 1] + gap;
        }
        // blocks of the isotonic regression of desired - offset: start index, size and mean
        int[] start = new int[n];
        int[] size = new int[n];
        double[] mean = new double[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            start[blocks] = i;
            size[blocks] = 1;
            mean[blocks] = desired[i] - offset[i];
            blocks++;
            while (blocks > 1 && mean[blocks - 2] > mean[blocks - 1]) {
                int total = size[blocks - 2] + size[blocks - 1];
                mean[blocks - 2] = (mean[blocks - 2] * size[blocks - 2] + mean[blocks - 1] * size[blocks - 1]) / total;
                size[blocks - 2] = total;
                blocks--;
            }
        }
        double[] top = new double[n];
        for (int b = 0; b < blocks; b++) {
            for (int i = start[b]; i < start[b] + size[b]; i++) {
                top[i] = mean[b] + offset[i];
            }
        }
        return top;
    }
}
