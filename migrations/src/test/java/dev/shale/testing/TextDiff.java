package dev.shale.testing;

import java.util.ArrayList;
import java.util.List;

/** A line diff in unified style (three lines of context), for assertion messages. */
public final class TextDiff {

    private static final int CONTEXT = 3;

    private TextDiff() {
    }

    /** {@code ""} when equal; otherwise hunks of {@code -} (only in {@code expected}) and {@code +} lines. */
    public static String unified(String expectedLabel, String expected, String actualLabel, String actual) {
        if (expected.equals(actual)) {
            return "";
        }
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                lines.add("  " + a[i++]);
                j++;
            } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
                lines.add("- " + a[i++]);
            } else {
                lines.add("+ " + b[j++]);
            }
        }
        boolean[] shown = new boolean[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            if (!lines.get(k).startsWith("  ")) {
                for (int c = Math.max(0, k - CONTEXT); c <= Math.min(lines.size() - 1, k + CONTEXT); c++) {
                    shown[c] = true;
                }
            }
        }
        StringBuilder out = new StringBuilder("--- " + expectedLabel + "\n+++ " + actualLabel + "\n");
        for (int k = 0; k < lines.size(); k++) {
            if (shown[k]) {
                if (k == 0 || !shown[k - 1]) {
                    out.append("@@ line ").append(k + 1).append('\n');
                }
                out.append(lines.get(k)).append('\n');
            }
        }
        return out.toString();
    }
}
